// What an attached file is, read from its bytes (magic numbers), never from its name: a page
// saved as "photo.jpg" must not become HTML the app renders. Only the types below are accepted;
// HTML, SVG and other markup are refused outright because a browser runs scripts inside them.
// NOTE: hand-written rather than the `file-type` package: a dozen fixed signatures, and this
// module must stay free of packages to run in shared/ (Node and the browser alike).

import { messageRef, type MessageRef } from '../../i18n/define-messages.js';
import { attachmentsMessages } from '../../i18n/messages/attachments.js';

export interface AttachmentType {
  contentType: string;
  /** Shown by the app as an image (Chromium decodes it); otherwise offered as a download. */
  inline: boolean;
  /** The usual extension, for a download's file name when the given one has none. */
  extension: string;
}

/** `reason` says why a file is refused, as a message (shown after "… cannot be attached:"). */
export type SniffResult = { ok: true; type: AttachmentType } | { ok: false; reason: MessageRef };

const IMAGE = (contentType: string, extension: string): AttachmentType => ({ contentType, inline: true, extension });
const DOCUMENT = (contentType: string, extension: string): AttachmentType => ({
  contentType,
  inline: false,
  extension,
});

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((byte, index) => bytes[offset + index] === byte);
}

function ascii(bytes: Uint8Array, start: number, end: number): string {
  let text = '';
  for (let index = start; index < Math.min(end, bytes.length); index++) text += String.fromCharCode(bytes[index]!);
  return text;
}

/** ISO base media (HEIF/AVIF): an `ftyp` box whose brands say which. */
function isoBrand(bytes: Uint8Array): AttachmentType | null {
  if (ascii(bytes, 4, 8) !== 'ftyp') return null;
  const boxSize = ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0;
  const brands: string[] = [ascii(bytes, 8, 12)];
  for (let offset = 16; offset + 4 <= Math.min(boxSize, bytes.length, 64); offset += 4)
    brands.push(ascii(bytes, offset, offset + 4));
  if (brands.some((brand) => brand === 'avif' || brand === 'avis')) return IMAGE('image/avif', 'avif');
  if (brands.some((brand) => ['heic', 'heix', 'heim', 'heis', 'mif1', 'msf1'].includes(brand)))
    return DOCUMENT('image/heic', 'heic');
  return null;
}

/** Names of a ZIP's entries, from its local file headers (enough to tell Office from ODF from ZIP). */
function zipEntryNames(bytes: Uint8Array, limit = 64): string[] {
  const names: string[] = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 0;
  while (names.length < limit && offset + 30 <= bytes.length && view.getUint32(offset, true) === 0x04034b50) {
    const flags = view.getUint16(offset + 6, true);
    const compressedSize = view.getUint32(offset + 18, true);
    const nameLength = view.getUint16(offset + 26, true);
    const extraLength = view.getUint16(offset + 28, true);
    names.push(ascii(bytes, offset + 30, offset + 30 + nameLength));
    // With a data descriptor (bit 3) the size is not known here; stop rather than guess.
    if (flags & 0x08) break;
    offset += 30 + nameLength + extraLength + compressedSize;
  }
  return names;
}

const OPEN_DOCUMENT: Record<string, string> = {
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
  'application/vnd.oasis.opendocument.presentation': 'odp',
  'application/vnd.oasis.opendocument.graphics': 'odg',
};

function zipType(bytes: Uint8Array): AttachmentType {
  // OpenDocument: the first entry is "mimetype", stored uncompressed, holding the type.
  if (ascii(bytes, 30, 38) === 'mimetype') {
    const declared = ascii(bytes, 38, 38 + 80).replace(/PK[\s\S]*$/, '');
    const extension = OPEN_DOCUMENT[declared];
    if (extension) return DOCUMENT(declared, extension);
  }
  const names = zipEntryNames(bytes);
  if (names.some((name) => name.startsWith('word/')))
    return DOCUMENT('application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx');
  if (names.some((name) => name.startsWith('xl/')))
    return DOCUMENT('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'xlsx');
  if (names.some((name) => name.startsWith('ppt/')))
    return DOCUMENT('application/vnd.openxmlformats-officedocument.presentationml.presentation', 'pptx');
  return DOCUMENT('application/zip', 'zip');
}

const MARKUP = /<\s*(?:!doctype|html|head|body|script|svg|iframe|object|embed|\?xml|meta|style|a\s)/i;

/** Plain UTF-8 text with no control characters but tab, CR and LF, and no markup. */
function textType(bytes: Uint8Array): SniffResult | null {
  const sample = bytes.subarray(0, 64 * 1024);
  let text: string;
  try {
    // `fatal` refuses bytes that are not UTF-8; a binary format we do not know ends here.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  for (const byte of sample) if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) return null;
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('<') || MARKUP.test(text.slice(0, 4096))) {
    return {
      ok: false,
      reason: messageRef(attachmentsMessages.markup),
    };
  }
  return { ok: true, type: DOCUMENT('text/plain; charset=utf-8', 'txt') };
}

/** The type of an attachment, from its first bytes. */
export function sniffAttachmentType(bytes: Uint8Array): SniffResult {
  if (bytes.length === 0) return { ok: false, reason: messageRef(attachmentsMessages.empty) };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { ok: true, type: IMAGE('image/jpeg', 'jpg') };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { ok: true, type: IMAGE('image/png', 'png') };
  const head = ascii(bytes, 0, 12);
  if (head.startsWith('GIF87a') || head.startsWith('GIF89a')) return { ok: true, type: IMAGE('image/gif', 'gif') };
  if (head.startsWith('RIFF') && head.slice(8, 12) === 'WEBP') return { ok: true, type: IMAGE('image/webp', 'webp') };
  const iso = isoBrand(bytes);
  if (iso) return { ok: true, type: iso };
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a]))
    return { ok: true, type: DOCUMENT('image/tiff', 'tif') };
  if (head.startsWith('%PDF-')) return { ok: true, type: DOCUMENT('application/pdf', 'pdf') };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return { ok: true, type: zipType(bytes) };
  const text = textType(bytes);
  if (text) return text;
  // NOTE: the message lists the accepted formats: keep it in step with the signatures above.
  return { ok: false, reason: messageRef(attachmentsMessages.unknownFormat) };
}

/** Thumbnails the app shows: the image types every Chromium draws. */
export function isThumbnailType(contentType: string): boolean {
  return contentType === 'image/jpeg' || contentType === 'image/png' || contentType === 'image/webp';
}

/** Images the app shows in place (Chromium draws them); every other type is downloaded. */
export function isInlineImageType(contentType: string): boolean {
  return ['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'image/avif'].includes(contentType);
}
