import { isInlineImageType } from '../../../shared/codecs/attachments/sniff-content-type.js';
import type { AttachmentVariant } from '../../../shared/model/attachment-schemas.js';
import type { AttachmentFile } from '../../store/project-store.js';

// The one route that serves attachment bytes, the same under serve mode (HTTP, token-checked) and
// Electron's app:// protocol: `/attachments/<id>` (the original) and `/attachments/<id>/thumbnail`.
// The id is parsed strictly (digits only, no leading zero, no encoding, nothing after it), so
// nothing but a row of the attachments table can be named: no path ever touches the disk.

export const ATTACHMENT_ROUTE_PREFIX = '/attachments/';

const ROUTE = /^\/attachments\/([1-9][0-9]{0,15})(?:\/(thumbnail))?$/;

export interface AttachmentRequest {
  id: number;
  variant: AttachmentVariant;
}

/** The attachment a URL path names, or null for anything else (junk, traversal, encodings). */
export function parseAttachmentPath(pathname: string): AttachmentRequest | null {
  const match = ROUTE.exec(pathname);
  if (!match) return null;
  const id = Number(match[1]);
  if (!Number.isSafeInteger(id)) return null;
  return { id, variant: match[2] === 'thumbnail' ? 'thumbnail' : 'original' };
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** RFC 6266 / 5987: an ASCII fallback and the exact UTF-8 name (lone surrogates replaced, which encodeURIComponent refuses). */
function contentDisposition(kind: 'inline' | 'attachment', fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName.replace(LONE_SURROGATE, '\uFFFD')).replace(
    /['()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${kind}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/** A plain `type/subtype` as sniffing stores it; anything else (a line break written into the file by another tool) is served as bytes. */
const SAFE_CONTENT_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,63}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/i;

export function safeContentType(stored: string): string {
  return SAFE_CONTENT_TYPE.test(stored) ? stored : 'application/octet-stream';
}

/**
 * Response headers for an attachment. The type is the one sniffed from the bytes when it was
 * added; `nosniff` stops the browser from guessing another; only images the app draws are
 * `inline`, everything else is a download; the sandbox CSP keeps even a mislabelled file from
 * running anything if someone opens the URL directly.
 */
export function attachmentHeaders(file: AttachmentFile): Record<string, string> {
  const contentType = safeContentType(file.contentType);
  return {
    'content-type': contentType,
    'content-length': String(file.bytes.length),
    'content-disposition': contentDisposition(isInlineImageType(contentType) ? 'inline' : 'attachment', file.fileName),
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
    'cache-control': 'no-store',
    'referrer-policy': 'no-referrer',
    'cross-origin-resource-policy': 'same-origin',
  };
}

export type ReadAttachment = (request: AttachmentRequest) => AttachmentFile | undefined;
