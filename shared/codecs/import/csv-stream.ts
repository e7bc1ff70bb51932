import { wktToGeoJSON } from 'betterknown';
import type { Geometry } from 'geojson';
import Papa from 'papaparse';
import { geometryProblem } from './geometry-shape.js';
import { excerpt, IMPORT_LIMITS, ImportError, type SourceRow } from './source-table.js';
import { messageRef as ref, type MessageRef } from '../../i18n/define-messages.js';
import { importNoteMessages as note } from '../../i18n/messages/import-notes.js';
import { importRowMessages as rowMessage } from '../../i18n/messages/import-rows.js';
import { importReasonMessages as reason, importWhereMessages as where } from '../../i18n/messages/transfer-reasons.js';

// CSV and TSV read in pieces of text, so a file of a million rows never has to be in memory at
// once: delimiter and line ending detected, coordinates from longitude/latitude columns found by
// name, or from a WKT column. Every outcome is the one papaparse gives for the whole text at
// once (`Papa.parse(text, { header: true, skipEmptyLines: 'greedy' })`): the same columns, rows,
// row numbers, row problems and refusals. A refusal can be found late in the file (an unclosed
// quote in the last row), so once one is found no more rows are given, and the rest of the text
// is still read for any refusal that comes first in the whole-text reading (a quote error
// outranks missing coordinate columns and a cell too long; header problems outrank all).

const LONGITUDE_NAMES = ['longitude', 'lon', 'lng', 'long', 'x', 'laenge', 'länge', 'lengthgrad'];
const LATITUDE_NAMES = ['latitude', 'lat', 'y', 'breite', 'breitengrad'];
const WKT_NAMES = ['wkt', 'geometry', 'geom', 'the_geom', 'wkt_geom', 'shape'];
const DELIMITERS_TO_GUESS = [',', ';', '\t', '|'];
/** papaparse guesses the line ending from the first megabyte and the delimiter from 10 rows. */
const FIRST_TEXT = 1024 * 1024;
const GUESS_ROWS = 10;
/** Characters parsed at a time once the delimiter is known. */
const PIECE = 64 * 1024;

// GDAL prefixes fields it writes into GPX extensions with "ogr_".
const normalise = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/^ogr_/, '')
    .replace(/[\s_-]+/g, '');

export function findColumn(columns: readonly string[], candidates: readonly string[]): string | undefined {
  const wanted = candidates.map(normalise);
  return columns.find((column) => wanted.includes(normalise(column)));
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
function parseCoordinate(value: string | undefined, decimalComma: boolean): number | null {
  if (value === undefined) return null;
  const text = value.trim();
  if (text === '') return null;
  const normalised = decimalComma ? text.replace(',', '.') : text;
  return NUMBER.test(normalised) ? Number(normalised) : null;
}

/** How the file is laid out: known once its header is read. */
export interface CsvLayout {
  /** The columns rows carry as properties (coordinate and WKT columns are the geometry). */
  columns: string[];
  /** How the file was read, as messages. */
  notes: MessageRef[];
}

export interface CsvStream {
  /** The next piece of the decoded text. */
  push(text: string): void;
  /** The end of the text: the last rows are given; throws the file's refusal if it has one. */
  end(): void;
  /** Rows read so far (without the header and empty lines), including rows with a problem. */
  rowCount(): number;
}

export interface CsvStreamOptions {
  fileName: string;
  /** The text's encoding, for the notes (asked once the header is read). */
  encoding: string | (() => string);
  onLayout?: (layout: CsvLayout) => void;
  /** Rows in file order, in batches; not called once the file is known to be refused. */
  onRows: (rows: SourceRow[]) => void;
  /** Tests: parse in pieces of this many characters, and guess from a shorter first piece. */
  pieceCharacters?: number;
  firstCharacters?: number;
}

// Refusals, by precedence in the whole-text reading (lower first).
const HEADER = 1;
const QUOTES = 2;
/** papaparse adds "unable to detect the delimiter" after every quote error of the text. */
const DELIMITER = 2.5;
const NO_COORDINATES = 3;
const CELL = 4;

/** papaparse's renaming of repeated header names ("name", "name" → "name", "name_1"). */
function renameRepeated(header: string[]): { header: string[]; renamed: string[] } {
  const counts = Object.create(null) as Record<string, number>;
  const used = new Set(header);
  const renamed: string[] = [];
  const result = header.map((raw) => {
    const name = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    if (!counts[name]) {
      counts[name] = 1;
      used.add(name);
      return name;
    }
    let suffix = counts[name];
    let candidate: string;
    do candidate = `${name}_${suffix++}`;
    while (used.has(candidate));
    used.add(candidate);
    used.add(name);
    counts[name] += 1;
    renamed.push(name);
    return candidate;
  });
  return { header: result, renamed };
}

type Newline = '\n' | '\r' | '\r\n';

/** papaparse's greedy empty line (`row.join('').trim() === ''`), without joining every row. */
function isEmptyLine(row: string[]): boolean {
  for (const cell of row) if (cell.trim() !== '') return false;
  return true;
}

export function createCsvStream(options: CsvStreamOptions): CsvStream {
  const { fileName, encoding, onLayout, onRows } = options;
  const piece = options.pieceCharacters ?? PIECE;
  const isTsv = /\.tsv$/i.test(fileName);
  const firstLine = ref(where.line, { line: '1' });
  let refusal: { rank: number; where: MessageRef | null; reason: MessageRef } | null = null;
  const refuse = (rank: number, at: MessageRef | null, why: MessageRef) => {
    if (!refusal || rank < refusal.rank) refusal = { rank, where: at, reason: why };
  };
  let pending: string[] = [];
  let pendingLength = 0;
  let rest = '';
  let firstTextWanted = options.firstCharacters ?? FIRST_TEXT;
  let parserConfig: { delimiter: string; newline: Newline } | null = null;
  let delimiterUnknown = false;
  let rawRows = 0;
  let dataRows = 0;
  let header: string[] | null = null;
  let decimalComma = false;
  let cells: { name: string; index: number; property: boolean }[] = [];
  let longitudeIndex = -1;
  let latitudeIndex = -1;
  let wktIndex = -1;
  let longitudeName = '';
  let latitudeName = '';
  let wktName = '';

  /** The delimiter and line ending, guessed as papaparse guesses them from the whole text. */
  function detect(text: string, final: boolean): boolean {
    if (!final && text.length < firstTextWanted) return false;
    const probe = Papa.parse<string[]>(text, {
      delimiter: isTsv ? '\t' : '',
      delimitersToGuess: DELIMITERS_TO_GUESS,
      skipEmptyLines: 'greedy',
      preview: 1,
    });
    const newline = probe.meta.linebreak as Newline;
    if (!final && !isTsv) {
      // Each candidate's trial parse of 10 rows must end inside this text, as in the whole text.
      const enough = DELIMITERS_TO_GUESS.every(
        (delimiter) =>
          (
            new Papa.Parser({ delimiter, newline, preview: GUESS_ROWS }).parse(
              text,
              0,
              false,
            ) as Papa.ParseResult<unknown>
          ).meta.truncated,
      );
      if (!enough) {
        firstTextWanted = text.length * 2;
        return false;
      }
    }
    parserConfig = { delimiter: probe.meta.delimiter, newline };
    delimiterUnknown = probe.errors.some((error) => error.type === 'Delimiter');
    return true;
  }

  function readHeader(row: string[], rawIndex: number): void {
    const { header: names, renamed } = rawIndex === 0 ? renameRepeated(row) : { header: row, renamed: [] };
    header = names;
    const columns = names.filter((name) => name !== '');
    if (columns.length > IMPORT_LIMITS.maxColumns)
      return refuse(HEADER, firstLine, ref(reason.tooManyColumns, { maximum: IMPORT_LIMITS.maxColumns }));
    const duplicate = renamed[0] ?? columns.find((column, index) => columns.indexOf(column) !== index);
    if (duplicate) return refuse(HEADER, firstLine, ref(reason.duplicateColumn, { column: excerpt(duplicate) }));
    if (delimiterUnknown) {
      const detail = "Unable to auto-detect delimiting character; defaulted to ','";
      refuse(DELIMITER, null, ref(reason.csvStructure, { detail: excerpt(detail, 120) }));
    }
    const delimiter = parserConfig!.delimiter;
    decimalComma = delimiter !== ',';
    longitudeName = findColumn(columns, LONGITUDE_NAMES) ?? '';
    latitudeName = findColumn(columns, LATITUDE_NAMES) ?? '';
    wktName = findColumn(columns, WKT_NAMES) ?? '';
    if (!(longitudeName && latitudeName) && !wktName) {
      const listed = excerpt(columns.map((column) => `"${excerpt(column, 40)}"`).join(', '), 400);
      refuse(NO_COORDINATES, firstLine, ref(reason.noCoordinates, { columns: listed }));
    }
    const geometryColumns = new Set([longitudeName, latitudeName, wktName].filter(Boolean));
    cells = columns.map((name) => ({ name, index: names.indexOf(name), property: !geometryColumns.has(name) }));
    longitudeIndex = longitudeName ? names.indexOf(longitudeName) : -1;
    latitudeIndex = latitudeName ? names.indexOf(latitudeName) : -1;
    wktIndex = wktName ? names.indexOf(wktName) : -1;
    const delimiterName = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'bar' }[delimiter] ?? 'other';
    onLayout?.({
      columns: columns.filter((column) => !geometryColumns.has(column)),
      notes: [
        ref(note.encoding, { encoding: typeof encoding === 'string' ? encoding : encoding() }),
        ref(note.delimiter, { delimiter: delimiterName }),
        longitudeName && latitudeName
          ? ref(note.lonLatColumns, { longitude: excerpt(longitudeName), latitude: excerpt(latitudeName) })
          : ref(note.wktColumn, { column: excerpt(wktName) }),
      ],
    });
  }

  function toRow(record: string[], position: number): SourceRow | null {
    const properties: Record<string, unknown> = {};
    for (const cell of cells) {
      const value = record[cell.index];
      if (value !== undefined && value.length > IMPORT_LIMITS.maxCellCharacters) {
        const at = ref(where.cell, { row: String(position), column: excerpt(cell.name) });
        refuse(CELL, at, ref(reason.cellTooLong, { maximum: IMPORT_LIMITS.maxCellCharacters }));
        return null;
      }
      if (cell.property) properties[cell.name] = value ?? '';
    }
    const columnCount = header!.length;
    if (record.length !== columnCount) {
      const message = record.length > columnCount ? rowMessage.tooManyFields : rowMessage.tooFewFields;
      const problem = ref(message, { expected: columnCount, found: record.length });
      return { position, properties, geometry: null, problem };
    }
    if (longitudeIndex >= 0 && latitudeIndex >= 0) {
      const x = parseCoordinate(record[longitudeIndex], decimalComma);
      const y = parseCoordinate(record[latitudeIndex], decimalComma);
      if (x === null || y === null) {
        const bad = x === null ? longitudeName : latitudeName;
        const raw = record[x === null ? longitudeIndex : latitudeIndex];
        const problem = raw?.trim()
          ? ref(rowMessage.notANumber, { column: excerpt(bad), value: excerpt(raw) })
          : ref(rowMessage.cellEmpty, { column: excerpt(bad) });
        return { position, properties, geometry: null, problem };
      }
      return { position, properties, geometry: { type: 'Point', coordinates: [x, y] } };
    }
    const source = (record[wktIndex] ?? '').trim();
    const wktColumn = excerpt(wktName);
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
  }

  /** Parses the complete rows of `text` (all of it when final); returns what is left. */
  function parse(text: string, final: boolean): string {
    const parser = new Papa.Parser({ ...parserConfig! });
    const result = parser.parse(text, 0, !final) as Papa.ParseResult<string[]>;
    const records = result.data;
    for (const error of result.errors) {
      // An error in the unfinished last row is found again once the row is complete.
      if (error.type !== 'Quotes' || (!final && (error.row ?? 0) >= records.length)) continue;
      const row = ref(where.row, { row: String(rawRows + (error.row ?? 0) + 2) });
      refuse(QUOTES, row, ref(reason.csvStructure, { detail: excerpt(error.message.replace(/\.$/, ''), 120) }));
    }
    const rows: SourceRow[] = [];
    for (let index = 0; index < records.length; index++) {
      const record = records[index]!;
      const rawIndex = rawRows + index;
      if (isEmptyLine(record)) continue;
      if (header === null) {
        readHeader(record, rawIndex);
        continue;
      }
      const position = dataRows + 2;
      dataRows += 1;
      if (refusal) continue;
      const row = toRow(record, position);
      if (row) rows.push(row);
    }
    rawRows += records.length;
    if (rows.length > 0 && !refusal) onRows(rows);
    return final ? '' : text.slice(result.meta.cursor);
  }

  function flush(final: boolean): void {
    if (refusal?.rank === HEADER) {
      pending = [];
      pendingLength = 0;
      return;
    }
    if (!parserConfig) {
      if (!final && pendingLength < firstTextWanted) return;
      const text = rest + pending.join('');
      rest = '';
      if (!detect(text, final)) {
        rest = text;
        pending = [];
        pendingLength = 0;
        return;
      }
      pending = [text];
      pendingLength = text.length;
    }
    if (!final && pendingLength < Math.max(piece, rest.length)) return;
    const text = pending.length === 1 ? pending[0]! : pending.join('');
    pending = [];
    pendingLength = 0;
    // Small pieces: what the import holds at a time (and the garbage collector copies) stays small.
    // NOTE: the unfinished last row is parsed again with the next piece; a piece at least as long
    // as it keeps a row of many megabytes (a quoted field) from being parsed again for every piece.
    let offset = 0;
    for (;;) {
      const size = Math.max(piece, rest.length);
      if (!final && text.length - offset < size) break;
      const slice = text.slice(offset, offset + size);
      offset += slice.length;
      const last = final && offset >= text.length;
      rest = parse(rest + slice, last);
      if (last) return;
    }
    if (offset < text.length) {
      pending = [text.slice(offset)];
      pendingLength = text.length - offset;
    }
  }

  return {
    push(text: string): void {
      if (text === '') return;
      pending.push(text);
      pendingLength += text.length;
      flush(false);
    },
    end(): void {
      flush(true);
      if (header === null) refuse(HEADER, firstLine, ref(reason.noHeader));
      const found = refusal as { where: MessageRef | null; reason: MessageRef } | null;
      if (found) throw new ImportError(fileName, found.where, found.reason);
    },
    rowCount: () => dataRows,
  };
}
