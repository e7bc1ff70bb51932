import type { Map as MapLibreMap } from 'maplibre-gl';
import { CATEGORY_FAMILIES, type CategoryFamily } from '../../../shared/model/typology.js';

// One small icon per kind of place (category family), drawn here as SVG strokes on a 24-unit grid
// and shipped with the app: no sprite URL, no request. The map gets them as images (white glyphs
// drawn over the coloured circle); the legend shows the same glyph on the family's colour.

const GLYPHS: Record<CategoryFamily, string> = {
  // Columns under a pediment.
  heritage: 'M3 9 12 4l9 5zM6 11v6M10 11v6M14 11v6M18 11v6M3 20h18',
  // A picture frame with a hill.
  'cultural-venue': 'M4 5h16v14H4zM4 16l5-5 4 4 2-2 5 5',
  // A sawtooth roof: the converted workshop.
  'creative-space': 'M3 20V11l5-4v4l5-4v4l5-4v13zM9 20v-4h4v4',
  // A tree.
  'public-space': 'M12 20v-6M12 14a5 5 0 1 0 0-10 5 5 0 0 0 0 10zM8 20h8',
  // A flask.
  'knowledge-producer': 'M9 3h6M10 3v6l-5 9.5a1 1 0 0 0 1 1.5h12a1 1 0 0 0 1-1.5L14 9V3M7.5 14h9',
  // A flag.
  'public-body': 'M6 21V4M6 4h12l-2.5 4L18 12H6',
  // A pencil.
  'creative-firm': 'M4 20l1-4L16 5l3 3L8 19zM14 7l3 3',
  // An open book.
  'cultural-institution': 'M12 7c-2-2-5-2-8-1v13c3-1 6-1 8 1 2-2 5-2 8-1V6c-3-1-6-1-8 1zM12 7v13',
  // A suitcase.
  'tourism-operator': 'M4 8h16v11H4zM9 8V5h6v3M4 13h16',
  // A mortarboard.
  education: 'M2 9l10-5 10 5-10 5zM6 11v5c3 2 9 2 12 0v-5M21 9.5V15',
};

/** The image id of a family's icon on the map. */
export function familyIconId(family: CategoryFamily): string {
  return `family-${family}`;
}

function svg(family: CategoryFamily, background: string | null, size: number): string {
  const circle = background ? `<circle cx="12" cy="12" r="12" fill="${background}"/>` : '';
  // The glyph is drawn a little smaller than the grid when it sits on a circle, so it clears the edge.
  const glyph = background ? `<g transform="translate(4.2 4.2) scale(0.65)">${path(family)}</g>` : path(family);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 24 24">${circle}${glyph}</svg>`;
}

function path(family: CategoryFamily): string {
  return `<path d="${GLYPHS[family]}" fill="none" stroke="#FFFFFF" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>`;
}

/** The family's icon on a circle of its colour, as a data: URL for an <img> (the legend). */
export function familyBadgeUrl(family: CategoryFamily, colour: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg(family, colour, 24))}`;
}

/** Pixels per icon unit: drawn at twice the size, so the glyphs stay sharp on high-density screens. */
const PIXEL_RATIO = 2;
const ICON_PIXELS = 24 * PIXEL_RATIO;

async function rasterise(family: CategoryFamily): Promise<ImageData> {
  const image = new Image(ICON_PIXELS, ICON_PIXELS);
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg(family, null, ICON_PIXELS))}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = ICON_PIXELS;
  canvas.height = ICON_PIXELS;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D canvas to draw the map icons with.');
  context.drawImage(image, 0, 0, ICON_PIXELS, ICON_PIXELS);
  return context.getImageData(0, 0, ICON_PIXELS, ICON_PIXELS);
}

/** Adds every family's icon to the map's images (once per style). */
export async function addFamilyIcons(map: MapLibreMap): Promise<void> {
  const images = await Promise.all(CATEGORY_FAMILIES.map(async (family) => [family, await rasterise(family)] as const));
  for (const [family, image] of images) {
    const id = familyIconId(family);
    if (!map.hasImage(id)) map.addImage(id, image, { pixelRatio: PIXEL_RATIO });
  }
}
