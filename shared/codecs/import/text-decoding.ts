import { ImportError } from './source-table.js';
import { messageRef as ref } from '../../i18n/define-messages.js';
import { importReasonMessages as reason, importWhereMessages as where } from '../../i18n/messages/transfer-reasons.js';

// Text files arrive in whatever encoding the sender's spreadsheet used: UTF-8 (with or without
// BOM), UTF-16 with BOM, or Windows-1252 (Excel on Western European Windows). UTF-8 is tried
// strictly first; a file that is not valid UTF-8 is read as Windows-1252.

// A UTF-8 lead byte followed by a continuation byte, as they look when read as Windows-1252.
const MISREAD_UTF8 =
  /[\u00c2-\u00f4][\u0080-\u00bf\u2018-\u203a\u20ac\u0152\u0153\u0160\u0161\u017d\u017e\u0178\u02c6\u02dc]/;

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
}

export function decodeText(bytes: Uint8Array, fileName: string): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const withoutBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (withoutBom.includes(0)) {
    throw new ImportError(fileName, null, ref(reason.nulBytes));
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(withoutBom), encoding: 'utf-8' };
  } catch {
    const text = new TextDecoder('windows-1252').decode(withoutBom);
    // Valid UTF-8 sequences inside a file that is not valid UTF-8 as a whole: mixed encodings.
    const utf8Inside = MISREAD_UTF8.exec(text);
    if (utf8Inside) {
      const line = text.slice(0, utf8Inside.index).split('\n').length;
      throw new ImportError(fileName, ref(where.line, { line: String(line) }), ref(reason.mixedEncodings));
    }
    return { text, encoding: 'windows-1252' };
  }
}

/** Thrown by a stream decoder that assumed UTF-8 when the file turns out not to be. */
export class NotUtf8Error extends Error {
  constructor() {
    super('not UTF-8');
    this.name = 'NotUtf8Error';
  }
}

export interface TextStreamDecoder {
  /** The text of the next piece of bytes (a character split between pieces comes with the next). */
  decode(bytes: Uint8Array): string;
  /** The end of the file: what is left. */
  end(): string;
  /** The encoding, once the first piece is read. */
  encoding(): DecodedText['encoding'];
}

/** How many bytes at the end of `bytes` start a UTF-8 character that the next piece completes. */
function unfinishedUtf8(bytes: Uint8Array): number {
  const length = bytes.length;
  for (let back = 1; back <= Math.min(4, length); back++) {
    const byte = bytes[length - back]!;
    if (byte < 0x80) return 0;
    if (byte >= 0xc0) {
      const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return needed > back ? back : 0;
    }
  }
  return 0;
}

/**
 * Decodes a file piece by piece as decodeText decodes it whole. Without `known`, a file with no
 * UTF-16 byte order mark is read as UTF-8 and NotUtf8Error is thrown at the first invalid byte:
 * the caller then asks detectEncoding over the whole file and starts again with its answer. The
 * first piece must hold the file's first six bytes (byte order marks), or all of it.
 *
 * NOTE: UTF-8 pieces are decoded whole, a character cut at the end of a piece carried to the
 * next: TextDecoder's `stream` option takes another path in Node that is three times slower
 * and gives strings that papaparse splits seven times slower.
 */
export function createTextStreamDecoder(fileName: string, known?: DecodedText['encoding']): TextStreamDecoder {
  let decoder: InstanceType<typeof TextDecoder> | null = null;
  let chosen: DecodedText['encoding'] = known ?? 'utf-8';
  let checkNul = true;
  let carried: Uint8Array | null = null;
  const utf8 = () => chosen === 'utf-8';
  const decodeUtf8 = (bytes: Uint8Array): string => {
    try {
      return decoder!.decode(bytes);
    } catch {
      throw new NotUtf8Error();
    }
  };
  return {
    decode(bytes: Uint8Array): string {
      let body = bytes;
      if (!decoder) {
        if (bytes[0] === 0xff && bytes[1] === 0xfe) chosen = 'utf-16le';
        else if (bytes[0] === 0xfe && bytes[1] === 0xff) chosen = 'utf-16be';
        else if (chosen === 'utf-16le' || chosen === 'utf-16be') chosen = 'utf-8';
        checkNul = !chosen.startsWith('utf-16');
        if (!checkNul) body = bytes.subarray(2);
        else if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) body = bytes.subarray(3);
        // A second byte order mark goes too, as decodeText's TextDecoder drops one (ignoreBOM false).
        if (utf8() && body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) body = body.subarray(3);
        decoder = utf8() ? new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }) : new TextDecoder(chosen);
      }
      if (checkNul && body.includes(0)) throw new ImportError(fileName, null, ref(reason.nulBytes));
      // Windows-1252 has one byte a character: nothing to carry.
      if (chosen === 'windows-1252') return decoder.decode(body);
      if (!utf8()) return decoder.decode(body, { stream: true });
      if (carried) {
        const joined = new Uint8Array(carried.length + body.length);
        joined.set(carried);
        joined.set(body, carried.length);
        body = joined;
        carried = null;
      }
      const unfinished = unfinishedUtf8(body);
      if (unfinished > 0) {
        carried = body.slice(body.length - unfinished);
        body = body.subarray(0, body.length - unfinished);
      }
      return decodeUtf8(body);
    },
    end(): string {
      if (utf8()) {
        // A character cut by the end of the file: not UTF-8.
        if (carried) throw new NotUtf8Error();
        return '';
      }
      return decoder?.decode() ?? '';
    },
    encoding: () => chosen,
  };
}

/** decodeText's choice of encoding (or its refusal) for a file read in pieces. */
export function detectEncoding(fileName: string, pieces: Iterable<Uint8Array>): DecodedText['encoding'] {
  let first = true;
  let utf8: InstanceType<typeof TextDecoder> | null = new TextDecoder('utf-8', { fatal: true });
  const windows1252 = new TextDecoder('windows-1252');
  let previous = '';
  let newlines = 0;
  let misreadLine: number | null = null;
  for (let piece of pieces) {
    if (first) {
      first = false;
      if (piece[0] === 0xff && piece[1] === 0xfe) return 'utf-16le';
      if (piece[0] === 0xfe && piece[1] === 0xff) return 'utf-16be';
      if (piece[0] === 0xef && piece[1] === 0xbb && piece[2] === 0xbf) piece = piece.subarray(3);
    }
    if (piece.includes(0)) throw new ImportError(fileName, null, ref(reason.nulBytes));
    try {
      utf8?.decode(piece, { stream: true });
    } catch {
      utf8 = null;
    }
    if (misreadLine !== null) continue;
    const text = windows1252.decode(piece, { stream: true });
    const found = MISREAD_UTF8.exec(previous + text);
    if (found) {
      const before = (previous + text).slice(0, found.index);
      misreadLine = newlines - (previous === '\n' ? 1 : 0) + before.split('\n').length;
    } else {
      for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) newlines++;
      previous = text.slice(-1);
    }
  }
  try {
    utf8?.decode();
    if (utf8) return 'utf-8';
  } catch {
    // an unfinished character at the end: not UTF-8
  }
  if (misreadLine !== null)
    throw new ImportError(fileName, ref(where.line, { line: String(misreadLine) }), ref(reason.mixedEncodings));
  return 'windows-1252';
}
