import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createCsvStream, type CsvLayout } from '../../../shared/codecs/import/csv-stream.js';
import { readCsv } from '../../../shared/codecs/import/read-csv.js';
import { ImportError, inferNumericColumns, type SourceRow } from '../../../shared/codecs/import/source-table.js';
import { decodeText } from '../../../shared/codecs/import/text-decoding.js';
import { legacyReadCsv } from './legacy-read-csv.js';

// The streaming CSV reader must give what papaparse gives for the whole text at once: the same
// columns, rows, row numbers, row problems, notes and refusals, however the text is cut into
// pieces. The reference is the reader as it was before it streamed (legacy-read-csv.ts).

type Outcome = { table: unknown } | { refused: unknown };

function outcome(read: () => unknown): Outcome {
  try {
    return { table: read() };
  } catch (error) {
    if (error instanceof ImportError) return { refused: error.detail };
    throw error;
  }
}

/** The text through the stream in pushes of `push` characters, parsed in pieces of `piece`. */
function streamed(bytes: Uint8Array, fileName: string, push: number, piece: number) {
  const { text, encoding } = decodeText(bytes, fileName);
  const rows: SourceRow[] = [];
  let layout: CsvLayout = { columns: [], notes: [] };
  const stream = createCsvStream({
    fileName,
    encoding,
    pieceCharacters: piece,
    onLayout: (found) => (layout = found),
    onRows: (batch) => rows.push(...batch),
  });
  for (let offset = 0; offset < text.length; offset += push) stream.push(text.slice(offset, offset + push));
  stream.end();
  inferNumericColumns(rows, layout.columns);
  return { format: 'csv', layer: fileName.replace(/\.[^.]+$/, ''), columns: layout.columns, rows, notes: layout.notes };
}

function expectSameReading(text: string | Uint8Array, fileName = 'places.csv') {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  const reference = outcome(() => legacyReadCsv(bytes, fileName));
  expect(
    outcome(() => readCsv(bytes, fileName)),
    'whole text',
  ).toEqual(reference);
  for (const [push, piece] of [
    [1, 1],
    [7, 3],
    [1000, 17],
    [64, 200],
    [100_000, 4096],
  ] as const)
    expect(
      outcome(() => streamed(bytes, fileName, push, piece)),
      `pushes of ${push}, pieces of ${piece}`,
    ).toEqual(reference);
  return reference;
}

const CASES: Record<string, string> = {
  plain: 'name,category,longitude,latitude\nA,museum,16.1,48.2\nB,gallery,16.2,48.3\n',
  'no final newline': 'name,longitude,latitude\nA,16.1,48.2\nB,16.2,48.3',
  'crlf and blank lines': '\r\nname,lon,lat\r\n\r\nA,1,2\r\n  \r\n,,\r\nB,3,4\r\n',
  'cr only': 'name,lon,lat\rA,1,2\rB,3,4\r',
  'semicolon, decimal comma': 'Name;Länge;Breite;Anzahl\nA;16,5;48,25;007\nB;16,6;48,35;12\n',
  'pipes and numbers': 'name|x|y|n|m\nA|1|2|3|1.50\nB|1|2|4|x\n',
  'quoted everything':
    '"name","lon","lat","note"\n"A ""the"" first","1","2","a,b"\n"B\nwith a break","3","4","line\r\nbreak"\n',
  'too few and too many fields': 'name,lon,lat,extra\nA,1,2\nB,3,4,5,6\nC,5,6,7\n',
  'repeated header': 'name,lon,lat,name\nA,1,2,B\n',
  'repeated empty header names': 'name,,lon,,lat\nA,x,1,y,2\n',
  'byte order mark text in the header': '\ufeff\ufeffname,lon,lat\nA,1,2\n',
  'header only': 'name,lon,lat\n',
  'nothing but blank lines': '\n\n  \n',
  'no coordinate columns': 'name,city\nA,Wien\n',
  'unterminated quote': 'name,lon,lat\nA,1,2\n"B,3,4\nC,5,6\n',
  'malformed quote': 'name,lon,lat\nA,1,2\n"B"x,3,4\nC,5,6\n',
  'malformed quote and no coordinate columns': 'name,city\n"A"x,Wien\n',
  'single column': 'name\nA\nB\n',
  'bad coordinates': 'name,lon,lat\nA,,2\nB,east,4\nC,1e2,5\nD, 7 ,8\n',
  wkt: 'name,wkt\nA,POINT (1 2)\nB,"POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))"\nC,NOT WKT\nD,\nE,"LINESTRING (0 0, 1 1)"\n',
  'translations and numbers': 'name,name:de,description:fr,lon,lat,code,zip\nA,Ä,é,1,2,10,01234\nB,,ç,3,4,11.5,1010\n',
  'trailing delimiters': 'name,lon,lat,\nA,1,2,\nB,3,4,\n',
  'tab in a .csv': 'name\tlon\tlat\nA\t1\t2\n',
  'spaces after a closing quote': 'name,lon,lat\n"A"  ,1,2\n"B" \n',
};

describe('the streaming CSV reader', () => {
  // papaparse warns on the console when the whole-text reader renames a repeated header.
  beforeAll(() => void vi.spyOn(console, 'warn').mockImplementation(() => undefined));

  for (const [name, text] of Object.entries(CASES))
    it(`reads as the whole-text reader: ${name}`, () => expectSameReading(text));

  it('reads a .tsv as tab-separated, as before', () => {
    expectSameReading('name\tlon\tlat\nA, the first\t1\t2\n', 'places.tsv');
  });

  it('finds a quote error after the first megabyte, and it outranks a cell too long before it', () => {
    const long = 'x'.repeat(1_000_001);
    const reference = expectSameReading(`name,lon,lat\nA,1,2\nB,${long},3\n${'C,1,2\n'.repeat(200_000)}"D,1,2\n`);
    expect(JSON.stringify(reference)).toContain('Quoted field unterminated');
  });

  it('refuses a cell too long by row and column, wherever the row is', () => {
    const long = 'y'.repeat(1_000_001);
    const reference = expectSameReading(`name,lon,lat\n${'A,1,2\n'.repeat(150_000)}B,1,${long}\nC,1,2\n`);
    expect(JSON.stringify(reference)).toContain('cellTooLong');
  });

  it('guesses the delimiter as papaparse does when the first ten rows are longer than a megabyte', () => {
    const wide = 'w'.repeat(300_000);
    expectSameReading(`name;lon;lat;note\n${`A;1;2;"${wide},${wide}"\n`.repeat(12)}B;1;2;x\n`);
  });

  it('reads generated files with quotes, breaks, blank lines and odd rows as the whole-text reader', () => {
    let state = 20_261_206;
    const random = () => {
      state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
      return state / 2 ** 32;
    };
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const values = ['', ' ', 'Atelier', 'a,b', 'say "hi"', 'two\nlines', '12', '007', '1.50', '-3', 'Zoë', '"', 'x;y'];
    const headers = ['name', 'lon', 'lat', 'longitude', 'latitude', 'wkt', 'category', 'name:de', 'note', 'n', ''];
    for (let file = 0; file < 60; file++) {
      const delimiter = pick([',', ';', '\t', '|']);
      const newline = pick(['\n', '\r\n']);
      const quote = (value: string) =>
        /[",;\t|\n]/.test(value) && random() < 0.9 ? `"${value.replace(/"/g, '""')}"` : value;
      const columns = Array.from({ length: 2 + Math.floor(random() * 5) }, () => pick(headers));
      const lines = [columns.join(delimiter)];
      for (let row = 0; row < 200; row++) {
        if (random() < 0.05) {
          lines.push(pick(['', '   ', delimiter.repeat(3)]));
          continue;
        }
        const count = random() < 0.05 ? columns.length + pick([-1, 1]) : columns.length;
        const cells = Array.from({ length: count }, (_, index) =>
          /^(lon|lat|longitude|latitude)$/.test(columns[index] ?? '') && random() < 0.9
            ? (random() * 10).toFixed(4)
            : quote(pick(values)),
        );
        lines.push(cells.join(delimiter));
      }
      expectSameReading(lines.join(newline) + (random() < 0.5 ? newline : ''));
    }
  });
});
