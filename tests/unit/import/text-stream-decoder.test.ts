import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../shared/codecs/import/source-table.js';
import { createTextStreamDecoder, decodeText, NotUtf8Error } from '../../../shared/codecs/import/text-decoding.js';

// The stream decoder must give decodeText's text however the file is cut into pieces: characters
// of two, three and four bytes cut anywhere, byte order marks, and the same refusals. The first
// piece holds the file's first six bytes (the import's pieces are a megabyte): byte order marks.

function inPieces(bytes: Uint8Array, cuts: number[], known?: Parameters<typeof createTextStreamDecoder>[1]) {
  const decoder = createTextStreamDecoder('file.csv', known);
  let text = '';
  let start = 0;
  for (const cut of [...cuts, bytes.length]) {
    if (cut > start) text += decoder.decode(bytes.subarray(start, cut));
    start = Math.max(start, cut);
  }
  return { text: text + decoder.end(), encoding: decoder.encoding() };
}

function outcome(read: () => { text: string; encoding: string }) {
  try {
    return read();
  } catch (error) {
    if (error instanceof NotUtf8Error) return 'not UTF-8';
    if (error instanceof ImportError) return error.detail;
    throw error;
  }
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const SAMPLES: Record<string, Uint8Array> = {
  ascii: utf8('name,lon,lat\nA,1,2\n'),
  'two, three and four bytes': utf8('Zoë,Straße,€,日本,😀🎭,ő\nä😀'),
  'byte order mark': utf8('\ufeffname,lon\nä,1\n'),
  'two byte order marks': utf8('\ufeff\ufeffname\nä\n'),
  'three byte order marks': utf8('\ufeff\ufeff\ufeffname\n'),
  'a mark later in the text': utf8('a\ufeffb\n'),
  'utf-16': Uint8Array.from([
    0xff,
    0xfe,
    ...new Uint8Array(
      new Uint16Array(
        [...'Zoë😀,1']
          .join('')
          .split('')
          .map((c) => c.charCodeAt(0)),
      ).buffer,
    ),
  ]),
};

describe('the stream decoder', () => {
  for (const [name, bytes] of Object.entries(SAMPLES))
    it(`decodes as decodeText, cut anywhere: ${name}`, () => {
      const whole = decodeText(bytes, 'file.csv');
      for (let first = Math.min(6, bytes.length); first <= bytes.length; first++)
        for (const second of [first + 1, first + 2, first + 3])
          expect(inPieces(bytes, [first, second]), `cut at ${first} and ${second}`).toEqual(whole);
    });

  it('says when a file is not UTF-8, wherever the invalid byte or the cut character is', () => {
    const invalid = [utf8('a,b\nc'), Uint8Array.of(0xe9), utf8(',d\n')];
    const bytes = new Uint8Array(invalid.reduce((sum, part) => sum + part.length, 0));
    invalid.reduce((at, part) => (bytes.set(part, at), at + part.length), 0);
    for (let cut = 0; cut <= bytes.length; cut++) expect(outcome(() => inPieces(bytes, [cut]))).toBe('not UTF-8');
    // A character cut short by the end of the file.
    const cutShort = utf8('abcdefg😀').subarray(0, 9);
    expect(outcome(() => inPieces(cutShort, [6, 8]))).toBe('not UTF-8');
  });

  it('refuses NUL bytes as decodeText does, and reads a known Windows-1252 file in pieces', () => {
    const nul = Uint8Array.of(0x61, 0x00, 0x62);
    expect(outcome(() => inPieces(nul, [1]))).toEqual(outcome(() => decodeText(nul, 'file.csv')));
    const latin = Uint8Array.of(0x43, 0x61, 0x66, 0xe9, 0x0a, 0x80);
    expect(inPieces(latin, [3], 'windows-1252')).toEqual(decodeText(latin, 'file.csv'));
  });
});
