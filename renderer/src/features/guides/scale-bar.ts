// The printed map's scale bar: a round length (1, 2 or 5 times a power of ten metres) as long as
// fits in `maxMillimetres` of paper, from the map's scale at its centre. On paper a CSS pixel is
// 1/96 inch, whatever the print resolution of the map image.

/** Web Mercator at zoom 0 with MapLibre's 512-pixel tiles: metres per pixel at the equator. */
const METRES_PER_PIXEL_AT_ZOOM_0 = 40_075_016.686 / 512;
const MILLIMETRES_PER_CSS_PIXEL = 25.4 / 96;

/** Metres of ground per millimetre of paper at `latitude` on a map drawn at `zoom`. */
export function metresPerMillimetre(zoom: number, latitude: number): number {
  const metresPerPixel = (METRES_PER_PIXEL_AT_ZOOM_0 * Math.cos((latitude * Math.PI) / 180)) / 2 ** zoom;
  return metresPerPixel / MILLIMETRES_PER_CSS_PIXEL;
}

export interface ScaleBar {
  metres: number;
  millimetres: number;
  /** The scale as a ratio's denominator (1 : scale), rounded for reading. */
  scale: number;
}

export function scaleBar(zoom: number, latitude: number, maxMillimetres: number): ScaleBar {
  const perMillimetre = metresPerMillimetre(zoom, latitude);
  const longest = perMillimetre * maxMillimetres;
  const power = 10 ** Math.floor(Math.log10(longest));
  const metres = [5, 2, 1].map((step) => step * power).find((length) => length <= longest) ?? power;
  const scale = perMillimetre * 1000;
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(scale)) - 1);
  return { metres, millimetres: metres / perMillimetre, scale: Math.round(scale / magnitude) * magnitude };
}
