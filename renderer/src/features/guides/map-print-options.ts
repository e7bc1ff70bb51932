// What a map's print view is asked for in its address (?print=map&area=3 or &box=W,S,E,N, with
// &paper=a3&orientation=portrait&title=…&content=de&report=1): read once when the page opens;
// anything unknown falls back to the defaults. The sheet's parts are sized from the paper.

export const MAP_PAPERS = ['a4', 'a3', 'letter'] as const;
export type MapPaperName = (typeof MAP_PAPERS)[number];
export type Orientation = 'landscape' | 'portrait';

const SIZES: Record<MapPaperName, { css: string; shortMm: number; longMm: number }> = {
  a4: { css: 'A4', shortMm: 210, longMm: 297 },
  a3: { css: 'A3', shortMm: 297, longMm: 420 },
  letter: { css: 'letter', shortMm: 215.9, longMm: 279.4 },
};
const MARGIN_MM = 10;
/** The title and the line under it. */
const HEADER_MM = 20;
/** The attribution under the map. */
const CAPTION_MM = 7;

export interface MapPrintOptions {
  areaId: number | null;
  /** [west, south, east, north]; only when no area is asked for. */
  box: [number, number, number, number] | null;
  paper: MapPaperName;
  orientation: Orientation;
  /** The title printed (null: the area's name, or the project's). */
  title: string | null;
  /** The content language of the names (null: the project's own). */
  content: string | null;
  /** The area's report card beside the legend (areas only). */
  report: boolean;
  autoprint: boolean;
}

function boxOf(text: string | null): [number, number, number, number] | null {
  const numbers = (text ?? '').split(',').map(Number);
  if (numbers.length !== 4 || !numbers.every(Number.isFinite)) return null;
  const [west, south, east, north] = numbers as [number, number, number, number];
  const inRange = west >= -180 && east <= 180 && south >= -90 && north <= 90;
  return inRange && west < east && south < north ? [west, south, east, north] : null;
}

/** The map print asked for by the page's address, or null when it asks for none. */
export function mapPrintOptionsOf(search: string): MapPrintOptions | null {
  const params = new URLSearchParams(search);
  if (params.get('print') !== 'map') return null;
  const areaId = Number(params.get('area'));
  const area = Number.isInteger(areaId) && areaId >= 1 ? areaId : null;
  const box = area === null ? boxOf(params.get('box')) : null;
  if (area === null && box === null) return null;
  const paper = MAP_PAPERS.find((name) => name === params.get('paper')) ?? 'a4';
  return {
    areaId: area,
    box,
    paper,
    orientation: params.get('orientation') === 'portrait' ? 'portrait' : 'landscape',
    title: params.get('title')?.trim().slice(0, 200) || null,
    content: params.get('content') || null,
    report: area !== null && params.get('report') === '1',
    autoprint: params.get('autoprint') === '1',
  };
}

export interface MapSheet {
  /** The @page rule (numbers and names only: nothing from the address goes into it). */
  pageRule: string;
  widthMm: number;
  heightMm: number;
  mapWidthMm: number;
  mapHeightMm: number;
  /** The legend (and report card) beside the map (landscape) or under it (portrait). */
  side: 'beside' | 'below';
}

export function mapSheet(options: Pick<MapPrintOptions, 'paper' | 'orientation' | 'report'>): MapSheet {
  const size = SIZES[options.paper];
  const landscape = options.orientation === 'landscape';
  const widthMm = (landscape ? size.longMm : size.shortMm) - 2 * MARGIN_MM;
  const heightMm = (landscape ? size.shortMm : size.longMm) - 2 * MARGIN_MM - 1;
  const pageRule = `@page { size: ${size.css} ${options.orientation}; margin: ${MARGIN_MM}mm; }`;
  if (landscape) {
    const sideMm = Math.round(widthMm * 0.26);
    return {
      pageRule,
      widthMm,
      heightMm,
      mapWidthMm: widthMm - sideMm - 5,
      mapHeightMm: heightMm - HEADER_MM - CAPTION_MM,
      side: 'beside',
    };
  }
  return {
    pageRule,
    widthMm,
    heightMm,
    mapWidthMm: widthMm,
    // Under the map the legend, and the report card when asked for (it takes more room).
    mapHeightMm: Math.round((heightMm - HEADER_MM - CAPTION_MM) * (options.report ? 0.56 : 0.68)),
    side: 'below',
  };
}
