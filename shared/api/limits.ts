// Numbers both sides of the API agree on. Dependency-free, so the renderer can import them
// without pulling the schemas (zod, the import codecs) into its bundle.

export const NEARBY_DEFAULT_METRES = 500;
export const NEARBY_MAX_METRES = 50_000;

/** The file names the OpenStreetMap import takes (the reader then decides by content). */
export const OSM_EXTRACT_NAME = /\.(osm|osm\.gz|osm\.pbf|pbf)$/i;

/** 384 MB of base64, about 288 MB of file: larger files go through `itinera import`. */
export const MAX_IMPORT_BASE64_CHARACTERS = 384 * 1024 * 1024;

/** The largest attachment (photo or document) stored in a project: 25 MB. */
export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;
export const MAX_ATTACHMENT_BASE64_CHARACTERS = Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4;
/** A thumbnail the renderer drew: small enough to list many at once. */
export const MAX_THUMBNAIL_BYTES = 256 * 1024;
export const MAX_THUMBNAIL_BASE64_CHARACTERS = Math.ceil(MAX_THUMBNAIL_BYTES / 3) * 4;
