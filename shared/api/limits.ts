// Numbers both sides of the API agree on. Dependency-free, so the renderer can import them
// without pulling the schemas (zod, the import codecs) into its bundle.

export const NEARBY_DEFAULT_METRES = 500;
export const NEARBY_MAX_METRES = 50_000;

/** 384 MB of base64, about 288 MB of file: larger files go through `itinera import`. */
export const MAX_IMPORT_BASE64_CHARACTERS = 384 * 1024 * 1024;
