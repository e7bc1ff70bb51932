import { wktToGeoJSON } from 'betterknown';
import type { Geometry } from 'geojson';
import Papa from 'papaparse';
import { geometryProblem } from '../../../shared/codecs/import/geometry-shape.js';
import { decodeText } from '../../../shared/codecs/import/text-decoding.js';
import {
  excerpt,
  IMPORT_LIMITS,
  ImportError,
  inferNumericColumns,
  type SourceRow,
  type SourceTable,
} from '../../../shared/codecs/import/source-table.js';
import { messageRef as ref, type MessageRef } from '../../../shared/i18n/define-messages.js';
import { importNoteMessages as note } from '../../../shared/i18n/messages/import-notes.js';
import { importRowMessages as rowMessage } from '../../../shared/i18n/messages/import-rows.js';
import {
  importReasonMessages as reason,
  importWhereMessages as where,
} from '../../../shared/i18n/messages/transfer-reasons.js';

// The CSV reader as it was before it read in pieces (commit c7fab8f, shared/codecs/import/
// read-csv.ts): the whole text parsed at once by papaparse. Kept unchanged as the reference the
// streaming reader and the streaming import are compared with (csv-stream.test.ts,
// csv-file-import.test.ts).

const LONGITUDE_NAMES = ['longitude', 'lon', 'lng', 'long', 'x', 'laenge', 'länge', 'lengthgrad'];
const LATITUDE_NAMES = ['latitude', 'lat', 'y', 'breite', 'breitengrad'];
const WKT_NAMES = ['wkt', 'geometry', 'geom', 'the_geom', 'wkt_geom', 'shape'];

// GDAL prefixes fields it writes into GPX extensions with "ogr_".
const normalise = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/^ogr_/, '')
    .replace(/[\s_-]+/g, '');

function findColumn(columns: readonly string[], candidates: readonly string[]): string | undefined {
  const wanted = candidates.map(normalise);
  return columns.find((column) => wanted.includes(normalise(column)));
}

function parseCoordinate(value: unknown, decimalComma: boolean): number | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (text === '') return null;
  const normalised = decimalComma ? text.replace(',', '.') : text;
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(normalised)) return null;
  return Number(normalised);
}

export function legacyReadCsv(bytes: Uint8Array, fileName: string): SourceTable {
  const { text, encoding } = decodeText(bytes, fileName);
  const isTsv = /\.tsv$/i.test(fileName);
  const parsed = Papa.parse<Record<string, string>>(text, {
    header: true,
    skipEmptyLines: 'greedy',
    delimiter: isTsv ? '\t' : '',
    delimitersToGuess: [',', ';', '\t', '|'],
  });
  const columns = (parsed.meta.fields ?? []).filter((field) => field !== '');
  const firstLine = ref(where.line, { line: '1' });
  if (columns.length === 0) throw new ImportError(fileName, firstLine, ref(reason.noHeader));
  if (columns.length > IMPORT_LIMITS.maxColumns)
    throw new ImportError(fileName, firstLine, ref(reason.tooManyColumns, { maximum: IMPORT_LIMITS.maxColumns }));
  // papaparse renames a repeated header ("name" → "name_1"); a repeated column is ambiguous.
  const renamed = Object.values((parsed.meta as { renamedHeaders?: Record<string, string> }).renamedHeaders ?? {});
  const duplicate = renamed[0] ?? columns.find((column, index) => columns.indexOf(column) !== index);
  if (duplicate)
    throw new ImportError(fileName, firstLine, ref(reason.duplicateColumn, { column: excerpt(duplicate) }));
  const structural = parsed.errors.find((error) => error.type === 'Quotes' || error.type === 'Delimiter');
  if (structural) {
    const row = structural.row === undefined ? null : ref(where.row, { row: String(structural.row + 2) });
    throw new ImportError(
      fileName,
      row,
      ref(reason.csvStructure, { detail: excerpt(structural.message.replace(/\.$/, ''), 120) }),
    );
  }
  const delimiter = parsed.meta.delimiter;
  const decimalComma = delimiter !== ',';
  const longitude = findColumn(columns, LONGITUDE_NAMES);
  const latitude = findColumn(columns, LATITUDE_NAMES);
  const wkt = findColumn(columns, WKT_NAMES);
  if (!(longitude && latitude) && !wkt) {
    throw new ImportError(
      fileName,
      firstLine,
      ref(reason.noCoordinates, {
        columns: excerpt(columns.map((column) => `"${excerpt(column, 40)}"`).join(', '), 400),
      }),
    );
  }
  const rowErrors = new Map<number, MessageRef>();
  for (const error of parsed.errors) {
    if (error.row === undefined || rowErrors.has(error.row)) continue;
    const [expected, found] = (/expected (\d+) fields but parsed (\d+)/.exec(error.message) ?? []).slice(1).map(Number);
    rowErrors.set(
      error.row,
      ref(error.code === 'TooFewFields' ? rowMessage.tooFewFields : rowMessage.tooManyFields, {
        expected: expected ?? columns.length,
        found: found ?? 0,
      }),
    );
  }
  const rows: SourceRow[] = parsed.data.map((record, index) => {
    const position = index + 2;
    const properties: Record<string, unknown> = {};
    for (const column of columns) {
      const value = record[column];
      if (typeof value === 'string' && value.length > IMPORT_LIMITS.maxCellCharacters) {
        throw new ImportError(
          fileName,
          ref(where.cell, { row: String(position), column: excerpt(column) }),
          ref(reason.cellTooLong, { maximum: IMPORT_LIMITS.maxCellCharacters }),
        );
      }
      if (column !== longitude && column !== latitude && column !== wkt) properties[column] = value ?? '';
    }
    const fieldCountProblem = rowErrors.get(index);
    if (fieldCountProblem) return { position, properties, geometry: null, problem: fieldCountProblem };
    if (longitude && latitude) {
      const x = parseCoordinate(record[longitude], decimalComma);
      const y = parseCoordinate(record[latitude], decimalComma);
      if (x === null || y === null) {
        const bad = x === null ? longitude : latitude;
        const raw = record[bad];
        return {
          position,
          properties,
          geometry: null,
          problem: raw?.trim()
            ? ref(rowMessage.notANumber, { column: excerpt(bad), value: excerpt(raw) })
            : ref(rowMessage.cellEmpty, { column: excerpt(bad) }),
        };
      }
      return { position, properties, geometry: { type: 'Point', coordinates: [x, y] } };
    }
    const source = (record[wkt as string] ?? '').trim();
    const wktColumn = excerpt(wkt as string);
    if (source === '')
      return { position, properties, geometry: null, problem: ref(rowMessage.cellEmpty, { column: wktColumn }) };
    let geometry: Geometry | null;
    try {
      geometry = wktToGeoJSON(source) as Geometry | null;
    } catch {
      geometry = null;
    }
    const problem = geometry ? geometryProblem(geometry) : ref(rowMessage.notWkt, { column: wktColumn });
    return problem ? { position, properties, geometry: null, problem } : { position, properties, geometry };
  });
  inferNumericColumns(rows, columns);
  const geometryColumns = new Set([longitude, latitude, wkt].filter(Boolean));
  const delimiterName = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'bar' }[delimiter] ?? 'other';
  return {
    format: 'csv',
    layer: fileName.replace(/\.[^.]+$/, ''),
    columns: columns.filter((column) => !geometryColumns.has(column)),
    rows,
    notes: [
      ref(note.encoding, { encoding }),
      ref(note.delimiter, { delimiter: delimiterName }),
      longitude && latitude
        ? ref(note.lonLatColumns, { longitude: excerpt(longitude), latitude: excerpt(latitude) })
        : ref(note.wktColumn, { column: excerpt(wkt as string) }),
    ],
  };
}
