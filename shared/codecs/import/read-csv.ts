import { createCsvStream, type CsvLayout } from './csv-stream.js';
import { decodeText } from './text-decoding.js';
import { inferNumericColumns, type SourceRow, type SourceTable } from './source-table.js';

export { findColumn } from './csv-stream.js';

// CSV and TSV held in memory (a file staged for the import preview): the whole text through the
// same streaming reader the command line's import uses, then types inferred over all rows.

export function readCsv(bytes: Uint8Array, fileName: string): SourceTable {
  const { text, encoding } = decodeText(bytes, fileName);
  const rows: SourceRow[] = [];
  let layout: CsvLayout = { columns: [], notes: [] };
  const stream = createCsvStream({
    fileName,
    encoding,
    onLayout: (found) => (layout = found),
    onRows: (batch) => {
      for (const row of batch) rows.push(row);
    },
  });
  stream.push(text);
  stream.end();
  inferNumericColumns(rows, layout.columns);
  return { format: 'csv', layer: fileName.replace(/\.[^.]+$/, ''), columns: layout.columns, rows, notes: layout.notes };
}
