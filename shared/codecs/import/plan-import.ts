import type { Geometry, LineString, Polygon, Position } from 'geojson';
import { z } from 'zod';
import {
  canonicalLanguage,
  LatitudeSchema,
  LongitudeSchema,
  type PlaceInput,
  type Translations,
} from '../../model/schemas.js';
import { CATEGORIES, SECTORS, type CategoryId, type SectorId } from '../../model/typology.js';
import { findColumn } from './read-csv.js';
import type { SourceRow, SourceTable } from './source-table.js';
import { englishLabel } from '../english-labels.js';

// Turns source rows into what Itinera stores: points become places, polygons quarters, lines
// routes. Columns are mapped (detected, then adjustable by the user in the preview); every row
// that cannot be imported is reported with its position and the reason, never dropped silently.

export const ImportMappingSchema = z
  .object({
    name: z.string().nullable(),
    category: z.string().nullable(),
    description: z.string().nullable(),
    sector: z.string().nullable(),
    /** Used when there is no category column, or a row's value is not a known category. */
    defaultCategory: z.enum(CATEGORIES.map((category) => category.id) as [CategoryId, ...CategoryId[]]).nullable(),
  })
  .strict();
export type ImportMapping = z.infer<typeof ImportMappingSchema>;

export interface ImportProblem {
  /** Row or feature number in the source, as users count. */
  position: number;
  message: string;
}

export interface PlannedQuarter {
  position: number;
  name: string;
  description: string;
  geometry: Polygon;
  translations?: Translations;
}

export interface PlannedRoute {
  position: number;
  name: string;
  description: string;
  geometry: LineString;
  translations?: Translations;
}

export interface ImportPlan {
  places: (PlaceInput & { position: number })[];
  quarters: PlannedQuarter[];
  routes: PlannedRoute[];
  problems: ImportProblem[];
}

const NAME_COLUMNS = ['name', 'title', 'label', 'bezeichnung', 'titel', 'nom', 'nombre', 'nome', 'naam'];
const CATEGORY_COLUMNS = ['category', 'kategorie', 'type', 'kind', 'art', 'categorie', 'categoria'];
const DESCRIPTION_COLUMNS = [
  'description',
  'descriptio',
  'descript',
  'desc',
  'beschreibung',
  'notes',
  'note',
  'comment',
  'cmt',
];
const SECTOR_COLUMNS = ['sector', 'sektor', 'branche', 'secteur'];

export function detectMapping(columns: readonly string[]): ImportMapping {
  return {
    name: findColumn(columns, NAME_COLUMNS) ?? null,
    category: findColumn(columns, CATEGORY_COLUMNS) ?? null,
    description: findColumn(columns, DESCRIPTION_COLUMNS) ?? null,
    sector: findColumn(columns, SECTOR_COLUMNS) ?? null,
    defaultCategory: null,
  };
}

const key = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
const categoryByKey = new Map<string, CategoryId>();
for (const category of CATEGORIES) {
  categoryByKey.set(key(category.id), category.id);
  categoryByKey.set(key(englishLabel('category', category.id)), category.id);
}
const sectorByKey = new Map<string, SectorId>();
for (const sector of SECTORS) {
  sectorByKey.set(key(sector.id), sector.id);
  sectorByKey.set(key(englishLabel('sector', sector.id)), sector.id);
}

// NOTE: a million rows repeat a few dozen category and sector spellings: each spelling is
// normalised once.
const knownCategories = new Map<string, CategoryId | undefined>();
function categoryOf(raw: string): CategoryId | undefined {
  if (!knownCategories.has(raw)) {
    if (knownCategories.size > 10_000) knownCategories.clear();
    knownCategories.set(raw, categoryByKey.get(key(raw)));
  }
  return knownCategories.get(raw);
}
const knownSectors = new Map<string, SectorId | null>();
function sectorOf(raw: string): SectorId | null {
  if (!knownSectors.has(raw)) {
    if (knownSectors.size > 10_000) knownSectors.clear();
    knownSectors.set(raw, sectorByKey.get(key(raw)) ?? null);
  }
  return knownSectors.get(raw) ?? null;
}
const creativeCategories: ReadonlySet<CategoryId> = new Set(
  CATEGORIES.filter((category) => category.family === 'creative-firm').map((category) => category.id),
);

function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function customValue(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  return JSON.stringify(value);
}

function positionProblem(position: Position): string | null {
  const longitude = LongitudeSchema.safeParse(position[0]);
  if (!longitude.success) return `longitude ${position[0]} is outside -180..180`;
  const latitude = LatitudeSchema.safeParse(position[1]);
  if (!latitude.success) return `latitude ${position[1]} is outside -90..90`;
  return null;
}

function firstBadPosition(geometry: Geometry): string | null {
  const visit = (value: unknown): string | null => {
    if (Array.isArray(value) && typeof value[0] === 'number') return positionProblem(value as Position);
    if (Array.isArray(value)) {
      for (const child of value) {
        const problem = visit(child);
        if (problem) return problem;
      }
    }
    return null;
  };
  if (geometry.type === 'GeometryCollection') {
    for (const member of geometry.geometries) {
      const problem = firstBadPosition(member);
      if (problem) return problem;
    }
    return null;
  }
  return visit(geometry.coordinates);
}

function isEmptyGeometry(geometry: Geometry): boolean {
  if (geometry.type === 'GeometryCollection') return geometry.geometries.every(isEmptyGeometry);
  return geometry.coordinates.length === 0;
}

/** Splits multi-part and collection geometries into simple parts (one feature each). */
function parts(geometry: Geometry): Geometry[] {
  switch (geometry.type) {
    case 'MultiPoint':
      return geometry.coordinates.map((coordinates) => ({ type: 'Point', coordinates }));
    case 'MultiPolygon':
      return geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
    case 'MultiLineString':
      // A GPX track with several segments: one route through all of them, in order.
      return [{ type: 'LineString', coordinates: geometry.coordinates.flat() }];
    case 'GeometryCollection':
      return geometry.geometries.flatMap(parts);
    default:
      return [geometry];
  }
}

/** A column of names or descriptions in one language, as exports write them (`name:de`, `description:fr`). */
interface TranslationColumn {
  column: string;
  language: string;
  field: 'name' | 'description';
}

const TRANSLATION_COLUMN = /^(name|description):(.+)$/i;

/** The columns that hold translations: `name:xx` / `description:xx` with a language code for xx. */
export function translationColumnsOf(columns: readonly string[]): TranslationColumn[] {
  return columns.flatMap((column) => {
    const match = TRANSLATION_COLUMN.exec(column.trim());
    const language = match ? canonicalLanguage(match[2]!) : null;
    return match && language
      ? [{ column, language, field: match[1]!.toLowerCase() as TranslationColumn['field'] }]
      : [];
  });
}

/** A row's translations (texts cut to what the model keeps); undefined when it has none. */
function translationsOf(row: SourceRow, columns: readonly TranslationColumn[]): Translations | undefined {
  let translations: Translations | undefined;
  for (const { column, language, field } of columns) {
    const value = text(row.properties[column]);
    const cleaned = field === 'name' ? value.trim().slice(0, 200) : value.slice(0, 20_000);
    if (cleaned.trim() === '') continue;
    translations ??= {};
    (translations[language] ??= { name: '', description: '' })[field] = cleaned;
  }
  return translations;
}

export function planImport(table: SourceTable, mapping: ImportMapping): ImportPlan {
  const plan: ImportPlan = { places: [], quarters: [], routes: [], problems: [] };
  // Columns per language become translations, not custom fields.
  const translationColumns = translationColumnsOf(table.columns);
  const mapped = new Set(
    [
      mapping.name,
      mapping.category,
      mapping.description,
      mapping.sector,
      ...translationColumns.map((entry) => entry.column),
    ].filter(Boolean),
  );
  const report = (row: SourceRow, message: string) => plan.problems.push({ position: row.position, message });

  for (const row of table.rows) {
    if (!row.geometry) {
      report(row, row.problem ?? 'empty geometry');
      continue;
    }
    if (isEmptyGeometry(row.geometry)) {
      report(row, 'empty geometry');
      continue;
    }
    const badPosition = firstBadPosition(row.geometry);
    if (badPosition) {
      report(row, `invalid coordinate: ${badPosition}`);
      continue;
    }
    const name = (mapping.name ? text(row.properties[mapping.name]).trim() : '') || `${table.layer} ${row.position}`;
    if (name.length > 200) {
      report(row, `the name is longer than 200 characters`);
      continue;
    }
    const description = mapping.description ? text(row.properties[mapping.description]) : '';
    const translations = translationsOf(row, translationColumns);
    const customFields: Record<string, string | number | boolean | null> = {};
    for (const [column, value] of Object.entries(row.properties)) {
      if (!mapped.has(column) && column.trim() !== '') customFields[column.trim().slice(0, 80)] = customValue(value);
    }
    const pieces = parts(row.geometry);
    pieces.forEach((piece, index) => {
      const pieceName = pieces.length > 1 ? `${name} (part ${index + 1})` : name;
      if (piece.type === 'Point') {
        const rawCategory = mapping.category ? text(row.properties[mapping.category]) : '';
        const category = categoryOf(rawCategory) ?? mapping.defaultCategory;
        if (!category) {
          report(
            row,
            rawCategory.trim()
              ? `"${rawCategory}" is not a known category; choose a default category for such rows`
              : 'no category: map a category column or choose a default category',
          );
          return;
        }
        const rawSector = mapping.sector ? text(row.properties[mapping.sector]) : '';
        const sector = sectorOf(rawSector);
        const isCreative = creativeCategories.has(category);
        plan.places.push({
          position: row.position,
          name: pieceName,
          category,
          sector: isCreative ? sector : null,
          description,
          customFields,
          longitude: piece.coordinates[0] as number,
          latitude: piece.coordinates[1] as number,
          ...(translations ? { translations } : {}),
        });
      } else if (piece.type === 'Polygon') {
        plan.quarters.push({
          position: row.position,
          name: pieceName,
          description,
          geometry: piece,
          ...(translations ? { translations } : {}),
        });
      } else if (piece.type === 'LineString') {
        if (piece.coordinates.length < 2) {
          report(row, 'a line needs at least two positions');
          return;
        }
        plan.routes.push({
          position: row.position,
          name: pieceName,
          description,
          geometry: piece,
          ...(translations ? { translations } : {}),
        });
      }
    });
  }
  return plan;
}
