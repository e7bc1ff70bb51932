import type { LineString, Polygon } from 'geojson';
import { z } from 'zod';
import { messageRef as ref, type MessageRef } from '../../i18n/define-messages.js';
import { importNoteMessages as note } from '../../i18n/messages/import-notes.js';
import { importRowMessages as rowMessage } from '../../i18n/messages/import-rows.js';
import { featureUuid, UUID_COLUMN } from '../../model/feature-uuid.js';
import { canonicalLanguage, type PlaceInput, type Translations } from '../../model/schemas.js';
import { CATEGORIES, SECTORS, type CategoryId, type GroupLevelId, type SectorId } from '../../model/typology.js';
import { findColumn } from './csv-stream.js';
import { prepareGeometry } from './plan-geometry.js';
import { excerpt, type SourceRow, type SourceTable } from './source-table.js';
import { labelSpellings } from '../file-labels.js';

// Turns source rows into what Itinera stores: points become places, polygons quarters, lines
// routes, each keeping the row's other columns as its attributes. Columns are mapped (detected,
// then adjustable by the user in the preview); every row that cannot be imported is reported with
// its position and the reason, never dropped silently, and every change made to one that is
// imported is reported too. A feature of several parts (a MultiLineString, a GPX track in
// segments, a multipolygon) becomes one place, area or route per part, named "<name> (part n)",
// and a group that keeps the parts together: all of its parts, or none.

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
  /** Why it is skipped, or what was changed in it (shown in the reader's language). */
  message: MessageRef;
}

export type CustomFields = Record<string, string | number | boolean | null>;

interface PlannedFeature {
  position: number;
  /** Index into the plan's groups when the feature is a part of a multi-part source feature. */
  group?: number;
  /** The identity an export gave the feature (its `uuid` column), kept unless the project has it. */
  uuid?: string;
}

export interface PlannedQuarter extends PlannedFeature {
  name: string;
  description: string;
  customFields: CustomFields;
  geometry: Polygon;
  translations?: Translations;
}

export interface PlannedRoute extends PlannedFeature {
  name: string;
  description: string;
  customFields: CustomFields;
  geometry: LineString;
  translations?: Translations;
}

/** The group that keeps the parts of one multi-part source feature together. */
export interface PlannedGroup {
  position: number;
  name: string;
  level: GroupLevelId;
}

export interface ImportPlan {
  places: (PlaceInput & PlannedFeature)[];
  quarters: PlannedQuarter[];
  routes: PlannedRoute[];
  groups: PlannedGroup[];
  /** Rows not imported, with why. */
  problems: ImportProblem[];
  /** Rows imported with a change, with what changed. */
  repairs: ImportProblem[];
  /** Facts about the whole layer (heights dropped, parts grouped…). */
  notes: MessageRef[];
}

export const MAX_NAME_LENGTH = 200;

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
  for (const label of labelSpellings('category', category.id)) {
    if (!categoryByKey.has(key(label))) categoryByKey.set(key(label), category.id);
  }
}
const sectorByKey = new Map<string, SectorId>();
for (const sector of SECTORS) {
  sectorByKey.set(key(sector.id), sector.id);
  for (const label of labelSpellings('sector', sector.id)) {
    if (!sectorByKey.has(key(label))) sectorByKey.set(key(label), sector.id);
  }
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

/** Turns rows into a plan batch by batch (a file read in pieces); notes count all batches. */
export interface ImportPlanner {
  /** The plan of these rows (its notes are empty: see notes()). */
  planRows(rows: Iterable<SourceRow>): ImportPlan;
  /** Facts about all rows planned so far (heights dropped, parts grouped…). */
  notes(): MessageRef[];
}

export function planImport(table: SourceTable, mapping: ImportMapping): ImportPlan {
  const planner = createImportPlanner(table, mapping);
  const plan = planner.planRows(table.rows);
  plan.notes = planner.notes();
  return plan;
}

export function createImportPlanner(
  table: Pick<SourceTable, 'layer' | 'columns'>,
  mapping: ImportMapping,
): ImportPlanner {
  // Columns per language become translations, not attributes.
  const translationColumns = translationColumnsOf(table.columns);
  const inLanguages = translationColumns.map((entry) => entry.column);
  const placeColumns = new Set(
    [mapping.name, mapping.category, mapping.description, mapping.sector, ...inLanguages].filter(Boolean),
  );
  // Areas and routes have no category or sector: those columns stay attributes of theirs.
  const shapeColumns = new Set([mapping.name, mapping.description, ...inLanguages].filter(Boolean));
  // A uuid (an Itinera export's `uuid` column) is the feature's identity, not an attribute; a
  // value that is no uuid stays an attribute, as any column.
  const placeColumnsAndUuid = new Set([...placeColumns, UUID_COLUMN]);
  const shapeColumnsAndUuid = new Set([...shapeColumns, UUID_COLUMN]);
  const counts = { heights: 0, measures: 0, clamped: 0, grouped: 0 };

  function planRows(rows: Iterable<SourceRow>): ImportPlan {
    const plan: ImportPlan = { places: [], quarters: [], routes: [], groups: [], problems: [], repairs: [], notes: [] };
    const report = (row: SourceRow, message: MessageRef) => plan.problems.push({ position: row.position, message });
    for (const row of rows) {
      // A leg of a route, as Itinera's GeoJSON and KML exports write them: its route is in the file
      // too. A link's line, as the GeoJSON export writes it: it joins two places of the file.
      if (row.properties.feature_type === 'route_leg' || row.properties.feature_type === 'link') continue;
      if (!row.geometry) {
        report(row, row.problem ?? ref(rowMessage.noGeometry));
        continue;
      }
      const prepared = prepareGeometry(row.geometry);
      if (prepared.problem) {
        report(row, prepared.problem);
        continue;
      }
      const name = (mapping.name ? text(row.properties[mapping.name]).trim() : '') || `${table.layer} ${row.position}`;
      const several = prepared.parts.length > 1;
      const longest = several ? `${name} (part ${prepared.parts.length})` : name;
      if (longest.length > MAX_NAME_LENGTH && [...longest].length > MAX_NAME_LENGTH) {
        report(row, ref(rowMessage.nameTooLong, { maximum: MAX_NAME_LENGTH }));
        continue;
      }
      const description = mapping.description ? text(row.properties[mapping.description]) : '';
      const translations = translationColumns.length > 0 ? translationsOf(row, translationColumns) : undefined;
      // NOTE: a single point is most rows of a large import: no closures for it.
      const onePlace = !several && prepared.parts[0]?.kind === 'place';
      const hasPlaces = onePlace || prepared.parts.some((part) => part.kind === 'place');
      const uuid = featureUuid(row.properties[UUID_COLUMN]);
      const placeFields = hasPlaces ? attributes(row, uuid ? placeColumnsAndUuid : placeColumns) : {};
      const shapeFields =
        !onePlace && prepared.parts.some((part) => part.kind !== 'place')
          ? attributes(row, uuid ? shapeColumnsAndUuid : shapeColumns)
          : {};
      let category: CategoryId | null = null;
      if (hasPlaces) {
        const rawCategory = mapping.category ? text(row.properties[mapping.category]) : '';
        category = categoryOf(rawCategory) ?? mapping.defaultCategory;
        if (!category) {
          report(
            row,
            rawCategory.trim()
              ? ref(rowMessage.unknownCategory, { category: excerpt(rawCategory) })
              : ref(rowMessage.noCategory),
          );
          continue;
        }
      }
      const group = several ? plan.groups.length : undefined;
      if (several) {
        const level = prepared.parts.some((part) => part.kind === 'route') ? 'cultural-route' : 'quarter';
        plan.groups.push({ position: row.position, name, level });
        counts.grouped += 1;
      }
      prepared.parts.forEach((part, index) => {
        const partName = several ? `${name} (part ${index + 1})` : name;
        if (part.kind === 'place') {
          const sector = sectorOf(mapping.sector ? text(row.properties[mapping.sector]) : '');
          const place: ImportPlan['places'][number] = {
            position: row.position,
            name: partName,
            category: category as CategoryId,
            sector: creativeCategories.has(category as CategoryId) ? sector : null,
            description,
            customFields: placeFields,
            longitude: part.longitude,
            latitude: part.latitude,
          };
          if (group !== undefined) place.group = group;
          if (uuid) place.uuid = uuid;
          if (translations) place.translations = translations;
          plan.places.push(place);
        } else {
          const planned: PlannedFeature & { name: string; description: string; customFields: CustomFields } = {
            position: row.position,
            name: partName,
            description,
            customFields: shapeFields,
          };
          if (group !== undefined) planned.group = group;
          if (uuid) planned.uuid = uuid;
          const inLanguages = translations ? { translations } : {};
          if (part.kind === 'quarter') plan.quarters.push({ ...planned, ...inLanguages, geometry: part.geometry });
          else plan.routes.push({ ...planned, ...inLanguages, geometry: part.geometry });
        }
      });
      for (const message of row.repairs ?? []) plan.repairs.push({ position: row.position, message });
      for (const message of prepared.repairs) plan.repairs.push({ position: row.position, message });
      if (prepared.hasZ || row.ordinates?.z) counts.heights += 1;
      if (prepared.hasM || row.ordinates?.m) counts.measures += 1;
      counts.clamped += prepared.clamped;
    }
    return plan;
  }

  function notes(): MessageRef[] {
    const found: MessageRef[] = [];
    if (counts.heights) found.push(ref(note.heightsDropped, { count: counts.heights }));
    if (counts.measures) found.push(ref(note.measuresDropped, { count: counts.measures }));
    if (counts.clamped) found.push(ref(note.clamped, { count: counts.clamped }));
    if (counts.grouped) found.push(ref(note.partsGrouped, { count: counts.grouped }));
    return found;
  }

  return { planRows, notes };
}

// NOTE: a million rows repeat a few column names: each is trimmed and cut once.
const fieldNames = new Map<string, string>();
function fieldName(column: string): string {
  let name = fieldNames.get(column);
  if (name === undefined) {
    if (fieldNames.size > 10_000) fieldNames.clear();
    name = column.trim().slice(0, 80);
    fieldNames.set(column, name);
  }
  return name;
}

/** The row's columns other than the mapped ones, as a feature's attributes. */
function attributes(row: SourceRow, mapped: ReadonlySet<string | null>): CustomFields {
  const fields: CustomFields = {};
  const properties = row.properties;
  // for…in: the own keys of a plain object in Object.entries' order, without an array per key.
  for (const column in properties) {
    if (!Object.hasOwn(properties, column) || mapped.has(column)) continue;
    const name = fieldName(column);
    if (name !== '') fields[name] = customValue(properties[column]);
  }
  return fields;
}
