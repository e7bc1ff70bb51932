// Migration 0016: who made a photo or document, under which licence, and when (issue #14 point 9).
// Heritage institutions may publish a photo only with its credit and licence; the JSON-LD export
// writes them as schema.org `creditText`, `license` and `dateCreated`. Extra columns of the media
// table (GeoPackage Related Tables: only id, data and content_type are required), so QGIS and
// GDAL read them as attributes.
// - credit: the photographer or rights holder as it must be shown ('' when not known);
// - license: a licence name or address, e.g. "CC BY 4.0" or https://creativecommons.org/… ('');
// - date_created: the day the photo was taken or the document made (ISO YYYY-MM-DD), NULL unknown.

export const migration0016 = {
  id: 16,
  name: 'attachment-credits',
  sql: `
ALTER TABLE attachments ADD COLUMN credit TEXT NOT NULL DEFAULT '';
ALTER TABLE attachments ADD COLUMN license TEXT NOT NULL DEFAULT '';
ALTER TABLE attachments ADD COLUMN date_created TEXT;
`,
};
