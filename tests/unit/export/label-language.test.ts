import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ExportData } from '../../../shared/codecs/export/export-data.js';
import { writeCsv } from '../../../shared/codecs/export/write-csv.js';
import { writeGeoJson } from '../../../shared/codecs/export/write-geojson.js';
import { writeGpx } from '../../../shared/codecs/export/write-gpx.js';
import { fileLabelLocale } from '../../../shared/codecs/file-labels.js';
import { detectMapping, planImport } from '../../../shared/codecs/import/plan-import.js';
import { EXPORT_DATA } from './export-fixture.js';

// The typology label columns of an export (category_label, kind_label, mode_label, type_label,
// level_label, GPX <type>) are written in the project's primary content language, so a German
// project's CSV says "Historisches Gebäude", not "Historic building"; an import recognises those
// labels again in any of the app's languages.

const withLanguage = (primary: string | null): ExportData => ({
  ...EXPORT_DATA,
  languages: { primary, further: [] },
  groups: [
    {
      id: 1,
      name: 'Altstadt',
      level: 'quarter',
      parentId: null,
      description: '',
      placeIds: [1, 3],
      quarterIds: [],
      routeIds: [],
    },
  ],
  events: [
    {
      id: 1,
      title: 'Offene Ateliers',
      kind: 'open-studio',
      startDate: '2024-06-01',
      endDate: '2024-06-02',
      venuePlaceId: 1,
      participantPlaceIds: [3],
      description: '',
    },
  ],
});

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const csvRows = (data: ExportData) =>
  Papa.parse<Record<string, string>>(text(writeCsv(data).bytes).replace(/^\uFEFF/, ''), { header: true }).data;
interface Collection {
  features: { properties: Record<string, string> }[];
  links: { type_label: string }[];
  groups: { level_label: string }[];
  events: { kind_label: string }[];
}
const geojson = (data: ExportData): Collection => JSON.parse(text(writeGeoJson(data).bytes));

describe('typology labels in exports', () => {
  it('follow a German project: CSV, GeoJSON links, groups and events, GPX types', () => {
    const german = withLanguage('de');
    const rows = csvRows(german);
    expect(rows.find((row) => row.id === '1')?.category_label).toBe('Historisches Gebäude');
    const collection = geojson(german);
    const quarter = collection.features.find((entry) => entry.properties.feature_type === 'quarter');
    expect(quarter?.properties.kind_label).toBe('Kulturquartier');
    const route = collection.features.find((entry) => entry.properties.feature_type === 'route');
    expect(route?.properties.mode_label).toBe('Zu Fuß');
    expect(collection.links[1]?.type_label).toBe('Partner in einem Projekt');
    const linkLine = collection.features.find((entry) => entry.properties.feature_type === 'link');
    expect(linkLine?.properties.type_label).toBe(collection.links[0]?.type_label);
    expect(collection.groups[0]?.level_label).toBe('Kulturquartier / gemeinsamer Kreativraum');
    expect(collection.events[0]?.kind_label).toBe('Offenes Atelier');
    const gpx = text(writeGpx(german).bytes);
    expect(gpx).toContain('<type>Historisches Gebäude</type>');
    expect(gpx).toContain('<type>Zu Fuß</type>');
    expect(gpx).not.toContain('<type>Historic building</type>');
  });

  it('are English for an English project, a project without a primary language, or a language the app does not speak', () => {
    for (const primary of ['en', null, 'cs']) {
      const rows = csvRows(withLanguage(primary));
      expect(rows.find((row) => row.id === '1')?.category_label, String(primary)).toBe('Historic building');
      expect(text(writeGpx(withLanguage(primary)).bytes)).toContain('<type>On foot</type>');
    }
  });

  it('use the base language of a regional tag (de-CH, pt_BR, FR)', () => {
    expect(fileLabelLocale('de-CH')).toBe('de');
    expect(fileLabelLocale('pt_BR')).toBe('pt');
    expect(fileLabelLocale('FR')).toBe('fr');
    expect(fileLabelLocale('')).toBe('en');
  });

  it('are read back by an import in any of the app languages', () => {
    const rows = [
      { name: 'Tuchfabrik', category: 'Historisches Gebäude', sector: 'Design' },
      { name: 'Museo', category: 'Museo', sector: '' },
      { name: 'Galleria', category: 'Galleria', sector: '' },
      { name: 'Old mill', category: 'Historic building', sector: '' },
    ];
    const table = {
      format: 'csv' as const,
      layer: '',
      columns: ['name', 'category', 'sector', 'longitude', 'latitude'],
      rows: rows.map((properties, index) => ({
        position: index + 2,
        properties: { ...properties, longitude: '14.98', latitude: '51.15' },
        geometry: { type: 'Point' as const, coordinates: [14.98, 51.15] },
      })),
      notes: [],
    };
    const plan = planImport(table, { ...detectMapping(table.columns), defaultCategory: null });
    expect(plan.problems).toEqual([]);
    expect(plan.places.map((place) => place.category)).toEqual([
      'historic-building',
      'museum',
      'gallery',
      'historic-building',
    ]);
  });
});
