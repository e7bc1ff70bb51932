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
