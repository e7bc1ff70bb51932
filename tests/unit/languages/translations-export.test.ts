import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createImportService } from '../../../electron/services/transfer/import-service.js';
import { createProjectService } from '../../../electron/services/core/project-service.js';
import { createProjectStore } from '../../../electron/store/project-store.js';
import { CHANNELS, type ExportResult } from '../../../shared/api/contract.js';
import type { Place } from '../../../shared/model/schemas.js';
import { newProject } from '../../helpers/project.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { haveTools } from '../../helpers/tools.js';
import { HAVE_GDAL, ogrFeatures, ogrSummary, saveFile } from '../export/gdal.js';

// Acceptance of issue #11, point 4: a place with a German and a French name exports both as
// `name:de` / `name:fr` (GeoJSON properties, CSV and GeoPackage columns, read back with GDAL as
// QGIS does), and what was exported imports again with its translations.

const dir = tempDir('itinera-languages-export-');
const { host } = newProject('Krems in three languages');
const ok = async <T>(channel: string, payload: unknown): Promise<T> => {
  const result = await host.dispatch(channel, payload);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
};

const GERMAN = { name: 'Gozzoburg', description: 'Gotische Stadtburg mit Fresken' };
const FRENCH = { name: 'Château de Gozzo', description: 'Château urbain gothique' };

async function exported(format: 'geojson' | 'csv' | 'gpkg'): Promise<string> {
  const result = await ok<ExportResult>(CHANNELS.exportData, { format });
  return saveFile(dir, `export-${format}.${format}`, Buffer.from(result.contentBase64, 'base64'));
}

beforeAll(async () => {
  // Primary English (a new project's default), German and French as further languages.
  await ok(CHANNELS.updateContentLanguages, { further: ['de', 'fr'] });
  await ok(CHANNELS.createPlace, {
    name: 'Gozzo Castle',
    category: 'historic-building',
    description: 'Gothic town castle with frescoes',
    longitude: 15.6,
    latitude: 48.41,
    translations: { de: GERMAN, fr: FRENCH },
  });
  // Only a German name: the French column is empty, and a reader falls back to `name`.
  await ok(CHANNELS.createPlace, {
    name: 'Steiner Tor',
    category: 'monument',
    longitude: 15.59,
    latitude: 48.41,
    translations: { de: { name: 'Steiner Tor (Stadttor)' } },
  });
});

describe('exports write names and descriptions per language', () => {
  it('GeoJSON: name:de and name:fr properties (and description:xx, name:en for the primary)', async () => {
    const file = await exported('geojson');
    const collection = JSON.parse(fs.readFileSync(file, 'utf8')) as {
      features: { properties: Record<string, unknown> }[];
    };
    const [castle, gate] = collection.features.map((feature) => feature.properties);
    expect(castle).toMatchObject({
      name: 'Gozzo Castle',
      'name:en': 'Gozzo Castle',
      'name:de': 'Gozzoburg',
      'name:fr': 'Château de Gozzo',
      'description:de': GERMAN.description,
      'description:fr': FRENCH.description,
    });
    expect(gate).toMatchObject({ 'name:de': 'Steiner Tor (Stadttor)', 'name:fr': null, 'description:de': null });
    if (!HAVE_GDAL) return;
    const [first] = ogrFeatures(file);
    expect(first?.values).toMatchObject({ 'name:de': 'Gozzoburg', 'name:fr': 'Château de Gozzo' });
  });

  it('CSV: name:de and name:fr columns beside name', async () => {
    const file = await exported('csv');
    const header = execFileSync('head', ['-n', '1', file], { encoding: 'utf8' }).trim().split(',');
    expect(header).toEqual(expect.arrayContaining(['name', 'name:en', 'name:de', 'name:fr', 'description:fr']));
    if (!HAVE_GDAL) return;
    const [castle] = ogrFeatures(file);
    expect(castle?.values).toMatchObject({ 'name:de': 'Gozzoburg', 'name:fr': 'Château de Gozzo' });
  });

  it.runIf(HAVE_GDAL)('GeoPackage: name:de and name:fr columns on the places layer, as GDAL reads them', async () => {
    const file = await exported('gpkg');
    const places = ogrSummary(file).get('places');
    expect([...(places?.fields.keys() ?? [])]).toEqual(
      expect.arrayContaining(['name:en', 'name:de', 'name:fr', 'description:de', 'description:fr']),
    );
    const castle = ogrFeatures(file).find(
      (feature) => feature.layer === 'places' && feature.values.name === 'Gozzo Castle',
    );
    expect(castle?.values).toMatchObject({
      'name:de': 'Gozzoburg',
      'name:fr': 'Château de Gozzo',
      'description:fr': FRENCH.description,
    });
    const gate = ogrFeatures(file).find(
      (feature) => feature.layer === 'places' && feature.values.name === 'Steiner Tor',
    );
    expect(gate?.values['name:fr']).toBeNull();
  });

  it.runIf(haveTools('validateGpkg'))('the exported GeoPackage passes validate_gpkg', async () => {
    const file = await exported('gpkg');
    const output = execFileSync('/usr/bin/python3', ['-m', 'osgeo_utils.samples.validate_gpkg', file], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(output.trim()).toBe('');
  });

  it.each(['geojson', 'csv', 'gpkg'] as const)(
    '%s imports back with both translations (the primary language column is not stored twice)',
    async (format) => {
      const file = await exported(format);
      const target = createProjectStore(path.join(dir, `back-from-${format}.gpkg`), 'Back', 'en');
      try {
        target.contentLanguages.set({ primary: 'en', further: ['de', 'fr'] });
        const result = await createImportService(target).importFile(file, 'museum');
        expect(result.added.places).toBe(2);
        const places = createProjectService(target).listPlaces({});
        const castle = places.find((place: Place) => place.name === 'Gozzo Castle');
        expect(castle?.translations).toEqual({ de: GERMAN, fr: FRENCH });
        expect(castle?.customFields).not.toHaveProperty('name:de');
        const gate = places.find((place: Place) => place.name === 'Steiner Tor');
        expect(gate?.translations).toEqual({ de: { name: 'Steiner Tor (Stadttor)', description: '' } });
        // name:en repeated the primary name: no English translation stored (shown or not).
        expect(target.translations.places.counts().get('en')).toBeUndefined();
      } finally {
        target.close();
      }
    },
  );
});
