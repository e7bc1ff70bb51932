import type { ClusterEvent, Link, Place, PlaceChanges, Quarter } from '../../../../shared/model/schemas.js';
import { tableMessages as m } from '../../../../shared/i18n/messages/ui/table.js';
import { commonMessages } from '../../../../shared/i18n/messages/ui/common.js';
import type { Translator } from '../../../../shared/i18n/translator.js';
import { typologyLabel } from '../../../../shared/i18n/typology-labels.js';
import { CATEGORIES, SECTORS, type CategoryId, type CustomFieldTypeId } from '../../../../shared/model/typology.js';
import { formatDateInput } from '../../i18n/date-input.js';
import { idColumn, type Column } from './column.js';
import { customFieldColumn } from './custom-field-column.js';

export type { Column, ColumnEdit } from './column.js';

// The columns of each tab of the attribute table: what a cell shows, how it sorts, and (for
// places) how an edited text becomes a change the API validates.

/** When a row was created or changed: the app's date and time format (or the text, if no date). */
function formatDateTime(t: Translator, value: string): string {
  return Number.isNaN(Date.parse(value)) ? value : t.dateTime(value);
}

function categoryOptions(t: Translator) {
  return CATEGORIES.map((category) => ({
    value: category.id,
    label: typologyLabel(t, 'category', category.id),
    group: typologyLabel(t, 'family', category.family),
  }));
}

function sectorOptions(t: Translator) {
  return [
    { value: '', label: t.t(commonMessages.notSet) },
    ...SECTORS.map((sector) => ({ value: sector.id, label: typologyLabel(t, 'sector', sector.id) })),
  ];
}

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

function coordinateColumn(format: Intl.NumberFormat, id: 'longitude' | 'latitude', label: string): Column<Place> {
  return {
    id,
    label,
    width: 110,
    align: 'end',
    text: (place) => format.format(place[id]),
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

export interface PlaceColumnOptions {
  customFieldNames: readonly string[];
  /** The type of each defined custom field (by name), for reading an edited value. */
  customFieldTypes?: ReadonlyMap<string, CustomFieldTypeId>;
  /** The names of the groups a place is in (empty until the project has groups). */
  groupsOf?(place: Place): readonly string[];
}

export function placeColumns(
  t: Translator,
  { customFieldNames, customFieldTypes, groupsOf }: PlaceColumnOptions,
): Column<Place>[] {
  // Formatters and labels made once per table, not once per cell (100,000 rows sort and filter).
  const coordinates = new Intl.NumberFormat(t.formattingLocale, { maximumFractionDigits: 7 });
  const numbers = new Intl.NumberFormat(t.formattingLocale);
  const categories = new Map(CATEGORIES.map((entry) => [entry.id, typologyLabel(t, 'category', entry.id)]));
  const sectors = new Map(SECTORS.map((entry) => [entry.id, typologyLabel(t, 'sector', entry.id)]));
  const categoryOf = (place: Place) => categories.get(place.category) ?? place.category;
  const sectorOf = (place: Place) => (place.sector ? (sectors.get(place.sector) ?? place.sector) : null);
  const columns: Column<Place>[] = [
    idColumn(t.t(m.columnId), (place) => place.id),
    textColumn('name', t.t(m.columnName), 220),
    {
      id: 'category',
      label: t.t(m.columnCategory),
      width: 190,
      text: categoryOf,
      sortKey: categoryOf,
      edit: {
        kind: 'select',
        options: categoryOptions(t),
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
      label: t.t(m.columnSector),
      width: 150,
      text: (place) => sectorOf(place) ?? '',
      sortKey: sectorOf,
      edit: {
        kind: 'select',
        options: sectorOptions(t),
        initial: (place) => place.sector ?? '',
        toChanges: (_, text) => ({ sector: (text || null) as PlaceChanges['sector'] }),
      },
    },
  ];
  if (groupsOf)
    columns.push({
      id: 'groups',
      label: t.t(m.columnGroups),
      width: 180,
      text: (place) => groupsOf(place).join(', '),
      sortKey: (place) => groupsOf(place).join(', '),
    });
  columns.push(
    {
      id: 'tags',
      label: t.t(m.columnTags),
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
    textColumn('address', t.t(m.columnAddress), 200),
    textColumn('website', t.t(m.columnWebsite), 180),
    textColumn('description', t.t(m.columnDescription), 260),
    coordinateColumn(coordinates, 'longitude', t.t(m.columnLongitude)),
    coordinateColumn(coordinates, 'latitude', t.t(m.columnLatitude)),
    {
      id: 'createdAt',
      label: t.t(m.columnCreated),
      width: 150,
      text: (place) => formatDateTime(t, place.createdAt),
      sortKey: (place) => Date.parse(place.createdAt),
    },
    {
      id: 'updatedAt',
      label: t.t(m.columnUpdated),
      width: 150,
      text: (place) => formatDateTime(t, place.updatedAt),
      sortKey: (place) => Date.parse(place.updatedAt),
    },
    ...customFieldNames.map((name) => customFieldColumn(t, numbers, name, customFieldTypes?.get(name))),
  );
  return columns;
}

export interface QuarterRow {
  quarter: Quarter;
  placesInside: number;
}

export function quarterColumns(t: Translator): Column<QuarterRow>[] {
  return [
    idColumn(t.t(m.columnId), (row) => row.quarter.id),
    {
      id: 'name',
      label: t.t(m.columnName),
      width: 240,
      text: (row) => row.quarter.name,
      sortKey: (row) => row.quarter.name,
    },
    {
      id: 'kind',
      label: t.t(m.columnKind),
      width: 200,
      text: (row) => typologyLabel(t, 'areaKind', row.quarter.kind),
      sortKey: (row) => typologyLabel(t, 'areaKind', row.quarter.kind),
    },
    {
      id: 'placesInside',
      label: t.t(m.columnPlacesInside),
      width: 120,
      align: 'end',
      text: (row) => t.number(row.placesInside),
      sortKey: (row) => row.placesInside,
    },
    {
      id: 'description',
      label: t.t(m.columnDescription),
      width: 320,
      text: (row) => row.quarter.description,
      sortKey: (row) => row.quarter.description,
    },
  ];
}

export function linkColumns(t: Translator, placeName: (id: number) => string): Column<Link>[] {
  return [
    idColumn(t.t(m.columnId), (link) => link.id),
    {
      id: 'from',
      label: t.t(m.columnFrom),
      width: 220,
      text: (link) => placeName(link.fromPlaceId),
      sortKey: (link) => placeName(link.fromPlaceId),
    },
    {
      id: 'type',
      label: t.t(m.columnType),
      width: 220,
      text: (link) => typologyLabel(t, 'linkType', link.type),
      sortKey: (link) => typologyLabel(t, 'linkType', link.type),
    },
    {
      id: 'to',
      label: t.t(m.columnTo),
      width: 220,
      text: (link) => placeName(link.toPlaceId),
      sortKey: (link) => placeName(link.toPlaceId),
    },
    { id: 'note', label: t.t(m.columnNote), width: 260, text: (link) => link.note, sortKey: (link) => link.note },
    {
      id: 'createdAt',
      label: t.t(m.columnCreated),
      width: 150,
      text: (link) => formatDateTime(t, link.createdAt),
      sortKey: (link) => Date.parse(link.createdAt),
    },
  ];
}

export function eventColumns(t: Translator, placeName: (id: number) => string): Column<ClusterEvent>[] {
  return [
    idColumn(t.t(m.columnId), (event) => event.id),
    {
      id: 'title',
      label: t.t(m.columnTitle),
      width: 240,
      text: (event) => event.title,
      sortKey: (event) => event.title,
    },
    {
      id: 'kind',
      label: t.t(m.columnKind),
      width: 170,
      text: (event) => typologyLabel(t, 'eventKind', event.kind),
      sortKey: (event) => typologyLabel(t, 'eventKind', event.kind),
    },
    // ISO days sort as text in time order.
    {
      id: 'startDate',
      label: t.t(m.columnStart),
      width: 110,
      text: (event) => formatDateInput(t, event.startDate),
      sortKey: (event) => event.startDate,
    },
    {
      id: 'endDate',
      label: t.t(m.columnEnd),
      width: 110,
      text: (event) => formatDateInput(t, event.endDate),
      sortKey: (event) => event.endDate,
    },
    {
      id: 'venue',
      label: t.t(m.columnVenue),
      width: 220,
      text: (event) => (event.venuePlaceId === null ? '' : placeName(event.venuePlaceId)),
      sortKey: (event) => (event.venuePlaceId === null ? null : placeName(event.venuePlaceId)),
    },
    {
      id: 'participants',
      label: t.t(m.columnParticipants),
      width: 120,
      align: 'end',
      text: (event) => t.number(event.participantPlaceIds.length),
      sortKey: (event) => event.participantPlaceIds.length,
    },
    {
      id: 'description',
      label: t.t(m.columnDescription),
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
