// Budgets for tiles, decompressed. A vector tile is meant to stay under 500 KB (the Mapbox
// Vector Tile guidance); 16 MB leaves room for dense real tiles and stops a gzip bomb early.

/** The most bytes one tile may hold once decompressed. */
export const MAX_TILE_BYTES = 16 * 1024 * 1024;
