import type { ClusterEvent, Link, Place, PlaceChanges, Quarter } from '../../../../shared/model/schemas.js';
import {
  CATEGORIES,
  EVENT_KINDS,
  FAMILY_LABELS,
  LINK_TYPES,
  QUARTER_KINDS,
  SECTORS,
  labelOf,
  type CategoryId,
  type CustomFieldTypeId,
} from '../../../../shared/model/typology.js';
import { strings } from '../../i18n/strings.js';
import type { SortKey } from './sort-rows.js';

// The columns of each tab of the attribute table: what a cell shows, how it sorts, and (for
// places) how an edited text becomes a change the API validates.

export interface ColumnEdit<Row> {
  kind: 'text' | 'number' | 'select';
  options?: readonly { value: string; label: string; group?: string }[];
  /** The text the editor starts with. */
  initial(row: Row): string;
  /** The change the edited text makes; a thrown Error is shown at the cell. */
  toChanges(row: Row, text: string): PlaceChanges;
}

export interface Column<Row> {
  id: string;
  label: string;
  width: number;
  align?: 'start' | 'end';
  text(row: Row): string;
  sortKey(row: Row): SortKey;
  edit?: ColumnEdit<Row>;
}

const numberFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 7 });
const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

function formatDate(value: string): string {
  const time = Date.parse(value);
  return Number.isNaN(time) ? value : dateFormat.format(time);
}

const CATEGORY_OPTIONS = CATEGORIES.map((category) => ({
  value: category.id,
  label: category.label,
  group: FAMILY_LABELS[category.family],
}));
const SECTOR_OPTIONS = [
  { value: '', label: '—' },
  ...SECTORS.map((sector) => ({ value: sector.id, label: sector.label })),
];

function textColumn(id: 'name' | 'address' | 'website' | 'description', label: string, width: number): Column<Place> {
  return {
    id,
    label,
    width,
    text: (place) => place[id],
    sortKey: (place) => place[id],
    edit: { kind: 'text', initial: (place) => place[id], toChanges: (_, text) => ({ [id]: text }) },
  };
}

function coordinateColumn(id: 'longitude' | 'latitude', label: string): Column<Place> {
  return {
    id,
    label,
    width: 110,
    align: 'end',
    text: (place) => numberFormat.format(place[id]),
    sortKey: (place) => place[id],
    edit: {
      kind: 'number',
      initial: (place) => String(place[id]),
      // NOTE: an empty or unreadable number goes to the API as NaN, which it refuses with the
      // field's own message ("must be a number …"), so the table needs no rules of its own.
      toChanges: (_, text) => ({ [id]: text.trim() === '' ? Number.NaN : Number(text) }),
    },
  };
}

/** A custom field's value typed as the place already holds it (a number stays a number). */
export function parseCustomValue(
  previous: unknown,
  text: string,
  type?: CustomFieldTypeId,
): string | number | boolean | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (type === 'number' || (type === undefined && typeof previous === 'number')) {
    const value = Number(trimmed);
    if (!Number.isFinite(value)) throw new Error(`“${trimmed}” is not a number.`);
    return value;
  }
  if (type === 'boolean' || (type === undefined && typeof previous === 'boolean')) {
    if (/^(true|yes|1)$/i.test(trimmed)) return true;
    if (/^(false|no|0)$/i.test(trimmed)) return false;
    throw new Error(`“${trimmed}” is not yes or no.`);
  }
  return text;
}

function customFieldColumn(name: string, type: CustomFieldTypeId | undefined): Column<Place> {
  const valueOf = (place: Place) => place.customFields[name];
  return {
    id: `custom:${name}`,
    label: name,
    width: 140,
    text: (place) => {
      const value = valueOf(place);
      return value === undefined || value === null ? '' : String(value);
    },
    sortKey: (place) => {
      const value = valueOf(place);
      if (value === undefined || value === null) return null;
      return typeof value === 'number' ? value : typeof value === 'boolean' ? Number(value) : value;
    },
    edit: {
      kind: 'text',
      initial: (place) => {
        const value = valueOf(place);
        return value === undefined || value === null ? '' : String(value);
      },
      toChanges: (place, text) => {
        const fields = { ...place.customFields };
        // The backend checks the value against the category's definition (choice, URL, date).
        const value = parseCustomValue(fields[name], text, type);
        if (value === null) delete fields[name];
        else fields[name] = value;
        return { customFields: fields };
      },
    },
  };
}

export interface PlaceColumnOptions {
  customFieldNames: readonly string[];
  /** The type of each defined custom field (by name), for reading an edited value. */
  customFieldTypes?: ReadonlyMap<string, CustomFieldTypeId>;
  /** The names of the groups a place is in (empty until the project has groups). */
  groupsOf?(place: Place): readonly string[];
}

export function placeColumns({ customFieldNames, customFieldTypes, groupsOf }: PlaceColumnOptions): Column<Place>[] {
  const columns: Column<Place>[] = [
    {
      id: 'id',
      label: strings.columnId,
      width: 72,
      align: 'end',
      text: (place) => String(place.id),
      sortKey: (place) => place.id,
    },
    textColumn('name', strings.columnName, 220),
    {
      id: 'category',
      label: strings.columnCategory,
      width: 190,
      text: (place) => labelOf(CATEGORIES, place.category),
      sortKey: (place) => labelOf(CATEGORIES, place.category),
      edit: {
        kind: 'select',
        options: CATEGORY_OPTIONS,
        initial: (place) => place.category,
        toChanges: (place, text) =>
          // A category without sectors cannot keep one: the change clears it in the same edit.
          CATEGORIES.find((category) => category.id === text)?.family === 'creative-firm' || place.sector === null
            ? { category: text as CategoryId }
            : { category: text as CategoryId, sector: null },
      },
    },
    {
      id: 'sector',
      label: strings.columnSector,
      width: 150,
      text: (place) => (place.sector ? labelOf(SECTORS, place.sector) : ''),
      sortKey: (place) => (place.sector ? labelOf(SECTORS, place.sector) : null),
      edit: {
        kind: 'select',
        options: SECTOR_OPTIONS,
        initial: (place) => place.sector ?? '',
        toChanges: (_, text) => ({ sector: (text || null) as PlaceChanges['sector'] }),
      },
    },
  ];
  if (groupsOf)
    columns.push({
      id: 'groups',
      label: strings.columnGroups,
      width: 180,
      text: (place) => groupsOf(place).join(', '),
      sortKey: (place) => groupsOf(place).join(', '),
    });
  columns.push(
    {
      id: 'tags',
      label: strings.columnTags,
      width: 180,
      text: (place) => place.tags.join(', '),
      sortKey: (place) => place.tags.join(', '),
      edit: {
        kind: 'text',
        initial: (place) => place.tags.join(', '),
        toChanges: (_, text) => ({
          tags: text
            .split(',')
            .map((tag) => tag.trim())
            .filter((tag) => tag !== ''),
        }),
      },
    },
    textColumn('address', strings.columnAddress, 200),
    textColumn('website', strings.columnWebsite, 180),
    textColumn('description', strings.columnDescription, 260),
    coordinateColumn('longitude', strings.columnLongitude),
    coordinateColumn('latitude', strings.columnLatitude),
    {
      id: 'createdAt',
      label: strings.columnCreated,
      width: 150,
      text: (place) => formatDate(place.createdAt),
      sortKey: (place) => Date.parse(place.createdAt),
    },
    {
      id: 'updatedAt',
      label: strings.columnUpdated,
      width: 150,
      text: (place) => formatDate(place.updatedAt),
      sortKey: (place) => Date.parse(place.updatedAt),
    },
    ...customFieldNames.map((name) => customFieldColumn(name, customFieldTypes?.get(name))),
  );
  return columns;
}

export interface QuarterRow {
  quarter: Quarter;
  placesInside: number;
}

export function quarterColumns(): Column<QuarterRow>[] {
  return [
    {
      id: 'id',
      label: strings.columnId,
      width: 72,
      align: 'end',
      text: (row) => String(row.quarter.id),
      sortKey: (row) => row.quarter.id,
    },
    {
      id: 'name',
      label: strings.columnName,
      width: 240,
      text: (row) => row.quarter.name,
      sortKey: (row) => row.quarter.name,
    },
    {
      id: 'kind',
      label: strings.columnKind,
      width: 200,
      text: (row) => labelOf(QUARTER_KINDS, row.quarter.kind),
      sortKey: (row) => labelOf(QUARTER_KINDS, row.quarter.kind),
    },
    {
      id: 'placesInside',
      label: strings.columnPlacesInside,
      width: 120,
      align: 'end',
      text: (row) => numberFormat.format(row.placesInside),
      sortKey: (row) => row.placesInside,
    },
    {
      id: 'description',
      label: strings.columnDescription,
      width: 320,
      text: (row) => row.quarter.description,
      sortKey: (row) => row.quarter.description,
    },
  ];
}

export function linkColumns(placeName: (id: number) => string): Column<Link>[] {
  return [
    {
      id: 'id',
      label: strings.columnId,
      width: 72,
      align: 'end',
      text: (link) => String(link.id),
      sortKey: (link) => link.id,
    },
    {
      id: 'from',
      label: strings.columnFrom,
      width: 220,
      text: (link) => placeName(link.fromPlaceId),
      sortKey: (link) => placeName(link.fromPlaceId),
    },
    {
      id: 'type',
      label: strings.columnType,
      width: 220,
      text: (link) => labelOf(LINK_TYPES, link.type),
      sortKey: (link) => labelOf(LINK_TYPES, link.type),
    },
    {
      id: 'to',
      label: strings.columnTo,
      width: 220,
      text: (link) => placeName(link.toPlaceId),
      sortKey: (link) => placeName(link.toPlaceId),
    },
    { id: 'note', label: strings.columnNote, width: 260, text: (link) => link.note, sortKey: (link) => link.note },
    {
      id: 'createdAt',
      label: strings.columnCreated,
      width: 150,
      text: (link) => formatDate(link.createdAt),
      sortKey: (link) => Date.parse(link.createdAt),
    },
  ];
}

export function eventColumns(placeName: (id: number) => string): Column<ClusterEvent>[] {
  return [
    {
      id: 'id',
      label: strings.columnId,
      width: 72,
      align: 'end',
      text: (event) => String(event.id),
      sortKey: (event) => event.id,
    },
    {
      id: 'title',
      label: strings.columnTitle,
      width: 240,
      text: (event) => event.title,
      sortKey: (event) => event.title,
    },
    {
      id: 'kind',
      label: strings.columnKind,
      width: 170,
      text: (event) => labelOf(EVENT_KINDS, event.kind),
      sortKey: (event) => labelOf(EVENT_KINDS, event.kind),
    },
    // ISO days sort as text in time order.
    {
      id: 'startDate',
      label: strings.columnStart,
      width: 110,
      text: (event) => event.startDate,
      sortKey: (event) => event.startDate,
    },
    {
      id: 'endDate',
      label: strings.columnEnd,
      width: 110,
      text: (event) => event.endDate,
      sortKey: (event) => event.endDate,
    },
    {
      id: 'venue',
      label: strings.columnVenue,
      width: 220,
      text: (event) => (event.venuePlaceId === null ? '' : placeName(event.venuePlaceId)),
      sortKey: (event) => (event.venuePlaceId === null ? null : placeName(event.venuePlaceId)),
    },
    {
      id: 'participants',
      label: strings.columnParticipants,
      width: 120,
      align: 'end',
      text: (event) => String(event.participantPlaceIds.length),
      sortKey: (event) => event.participantPlaceIds.length,
    },
    {
      id: 'description',
      label: strings.columnDescription,
      width: 300,
      text: (event) => event.description,
      sortKey: (event) => event.description,
    },
  ];
}

/** Lower-case text of the columns shown, for the quick filter. */
export function rowHaystack<Row>(columns: readonly Column<Row>[], row: Row): string {
  return columns
    .map((column) => column.text(row))
    .join('\u0000')
    .toLowerCase();
}
