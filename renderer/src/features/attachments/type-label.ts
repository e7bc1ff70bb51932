import type { Attachment } from '../../../../shared/model/attachment-schemas.js';

const LABELS: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/tiff': 'TIFF',
  'image/heic': 'HEIC',
  'application/zip': 'ZIP',
  'text/plain; charset=utf-8': 'TXT',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PPTX',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/vnd.oasis.opendocument.spreadsheet': 'ODS',
  'application/vnd.oasis.opendocument.presentation': 'ODP',
  'application/vnd.oasis.opendocument.graphics': 'ODG',
};

/** The short type label of a tile without a picture ("PDF", "DOCX"), from the sniffed type. */
export function typeLabel(attachment: Attachment): string {
  return LABELS[attachment.contentType] ?? attachment.contentType.split('/')[1]?.toUpperCase() ?? '';
}
