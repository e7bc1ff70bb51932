import type { Geometry } from 'geojson';
import { messageRef, type MessageRef } from '../../i18n/define-messages.js';
import { importReasonMessages } from '../../i18n/messages/transfer-reasons.js';
import { transferMessages } from '../../i18n/messages/transfer.js';
import { createTranslator } from '../../i18n/translator.js';

// What every import reader produces: the source's features as rows, before they become places,
// quarters or routes. Readers are pure (bytes in, rows out) and run in Node and the browser.

export type ImportFormat = 'geojson' | 'csv' | 'kml' | 'kmz' | 'gpx' | 'shapefile' | 'geopackage' | 'flatgeobuf';

export interface SourceRow {
  /** Where the row is in the source, as users count: CSV line number, or feature number from 1. */
  position: number;
  properties: Record<string, unknown>;
  geometry: Geometry | null;
  /** Why the row has no usable geometry, when the reader already knows (e.g. "latitude is empty"). */
  problem?: MessageRef;
  /**
   * Ordinates the source held beyond longitude and latitude that the geometry no longer shows
   * (a GeoPackage's or shapefile's M values); heights kept as a third number need no flag.
   */
  ordinates?: { z?: boolean; m?: boolean };
  /** What the reader changed in the feature (e.g. GPX points without a position left out). */
  repairs?: MessageRef[];
}

export interface SourceTable {
  format: ImportFormat;
  /** Source layer (a KML folder, a shapefile, a GeoPackage table), when it has a name. */
  layer: string;
  /** Column or property names in source order. */
  columns: string[];
  rows: SourceRow[];
  /** Facts about how the file was read (encoding, delimiter, reprojection), as messages. */
  notes: MessageRef[];
}

/**
 * A broken file: says which file, where, and why. `where` and `reason` are messages
 * (messages/transfer-reasons.ts, messages/osm-read.ts), or plain text that needs no translation
 * (a file's name). `message` is the English text.
 */
export class ImportError extends Error {
  /** The whole refusal as a message ("FILE, WHERE: REASON"), for a reader in any language. */
  readonly detail: MessageRef;
  constructor(
    readonly fileName: string,
    readonly where: MessageRef | string | null,
    readonly reason: MessageRef | string,
  ) {
    const detail = messageRef(transferMessages.fileRefused, { fileName, where: where ?? 'none', reason });
    super(createTranslator('en').t(detail));
    this.name = 'ImportError';
    this.detail = detail;
  }
}

/** Limits that keep a hostile file from exhausting memory or time. */
export const IMPORT_LIMITS = {
  maxFileBytes: 512 * 1024 * 1024,
  maxUnzippedBytes: 1024 * 1024 * 1024,
  maxZipEntries: 10_000,
  maxCompressionRatio: 200,
  maxRows: 5_000_000,
  maxColumns: 1000,
  maxCellCharacters: 1_000_000,
} as const;

/** The refusal of a file with more features than IMPORT_LIMITS.maxRows. */
export function tooManyFeatures(fileName: string): ImportError {
  return new ImportError(
    fileName,
    null,
    messageRef(importReasonMessages.tooManyFeatures, { maximum: IMPORT_LIMITS.maxRows }),
  );
}

/** Column names met row by row, in order; a file with more than IMPORT_LIMITS.maxColumns is refused. */
export function createColumnCollector(fileName: string) {
  const columns = new Set<string>();
  return {
    columns,
    add(column: string): void {
      columns.add(column);
      if (columns.size > IMPORT_LIMITS.maxColumns)
        throw new ImportError(
          fileName,
          null,
          messageRef(importReasonMessages.tooManyColumns, { maximum: IMPORT_LIMITS.maxColumns }),
        );
    },
  };
}

export function collectColumns(rows: readonly SourceRow[], fileName: string): string[] {
  const collector = createColumnCollector(fileName);
  for (const row of rows) for (const key of Object.keys(row.properties)) collector.add(key);
  return [...collector.columns];
}

/**
 * A file's own text quoted in a message (a column name, a cell, a CRS): at most `maximum`
 * characters, so a hostile file cannot make a message megabytes long.
 */
export function excerpt(text: string, maximum = 80): string {
  const characters = [...text.slice(0, maximum * 2 + 2)];
  return characters.length > maximum ? `${characters.slice(0, maximum).join('')}…` : text;
}

/**
 * Text formats (CSV, KML, GPX) have no types: a column whose every non-empty value is a plain
 * number becomes numeric. Leading zeros (postcodes) keep a column textual.
 */
const PLAIN_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?$/;

/** A value a text format's numeric column may hold: a plain number written as text. */
export const isPlainNumber = (value: unknown): boolean => typeof value === 'string' && PLAIN_NUMBER.test(value);

export function inferNumericColumns(rows: SourceRow[], columns: readonly string[]): void {
  for (const column of columns) {
    let numeric = false;
    for (const row of rows) {
      const value = row.properties[column];
      if (value === '' || value === undefined || value === null) continue;
      if (typeof value !== 'string' || !PLAIN_NUMBER.test(value)) {
        numeric = false;
        break;
      }
      numeric = true;
    }
    if (!numeric) continue;
    for (const row of rows) {
      const value = row.properties[column];
      if (typeof value === 'string' && value !== '') row.properties[column] = Number(value);
    }
  }
}

/**
 * inferNumericColumns for rows that come in batches (a file read in pieces): a column is taken
 * as numeric while every value so far is a plain number. `apply` answers false once a column
 * that already gave numbers has a value that is not one: the rows given so far were typed
 * wrongly, and the reading must start again with `textColumns()` once the whole file is seen
 * (`observe` keeps counting without typing). Columns in `knownText` stay text from the start.
 */
export interface ColumnTyper {
  apply(rows: readonly SourceRow[]): boolean;
  observe(rows: readonly SourceRow[]): void;
  textColumns(): Set<string>;
}

export function createColumnTyper(columns: readonly string[], knownText: ReadonlySet<string> = new Set()): ColumnTyper {
  const text = new Set(knownText);
  const numeric = new Set<string>();
  let wrong = false;
  const visit = (rows: readonly SourceRow[], typing: boolean) => {
    for (const row of rows) {
      const properties = row.properties;
      for (const column of columns) {
        if (text.has(column)) continue;
        const value = properties[column];
        if (value === '' || value === undefined || value === null) continue;
        if (typeof value === 'string' && PLAIN_NUMBER.test(value)) {
          numeric.add(column);
          if (typing) properties[column] = Number(value);
        } else {
          text.add(column);
          if (numeric.has(column)) wrong = true;
        }
      }
    }
  };
  return {
    apply(rows) {
      visit(rows, true);
      return !wrong;
    },
    observe: (rows) => visit(rows, false),
    textColumns: () => text,
  };
}
