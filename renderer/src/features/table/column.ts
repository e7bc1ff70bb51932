import type { PlaceChanges } from '../../../../shared/model/schemas.js';
import type { SortKey } from './sort-rows.js';

// A column of the attribute table: what a cell shows, how it sorts, and (for places) how an
// edited text becomes a change the API validates.

export interface ColumnEdit<Row> {
  kind: 'text' | 'number' | 'select' | 'date';
  options?: readonly { value: string; label: string; group?: string }[];
  /** The text the editor starts with. */
  initial(row: Row): string;
  /** The change the edited text makes; a thrown Error (or message) is shown at the cell. */
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

/** The id column every tab starts with. */
export function idColumn<Row>(label: string, idOf: (row: Row) => number): Column<Row> {
  return { id: 'id', label, width: 72, align: 'end', text: (row) => String(idOf(row)), sortKey: idOf };
}
