// What a print view is asked for in its address (?print=guide&route=3&paper=a5&layout=booklet
// &content=de&qr=https://…): read once when the page opens; anything unknown falls back to the
// defaults. The page's size and margins follow from the paper.

export type PaperName = 'a4' | 'a5' | 'letter';
export type GuideLayout = 'leaflet' | 'booklet';

export interface Paper {
  /** The CSS @page size. */
  size: string;
  widthMm: number;
  heightMm: number;
  marginMm: number;
  /** Width of the text (and the map) between the margins. */
  textWidth: number;
  /** Height of the cover's map. */
  mapHeight: number;
}

function paper(size: string, widthMm: number, heightMm: number, marginMm: number): Paper {
  const textWidth = widthMm - 2 * marginMm;
  return { size, widthMm, heightMm, marginMm, textWidth, mapHeight: Math.round((heightMm - 2 * marginMm) * 0.5) };
}

export const PAPERS: Record<PaperName, Paper> = {
  a4: paper('A4', 210, 297, 14),
  a5: paper('A5', 148, 210, 10),
  letter: paper('letter', 215.9, 279.4, 14),
};

export interface GuideOptions {
  routeId: number;
  paper: PaperName;
  layout: GuideLayout;
  /** The content language of the texts (null: the project's own). */
  content: string | null;
  /** Where the QR code leads (the start's geo: URI when none). */
  qrUrl: string | null;
  /** Print once drawn (the route panel's Print guide…): the browser's print dialog. */
  autoprint: boolean;
}

/** The guide asked for by the page's address, or null when it asks for none. */
export function guideOptionsOf(search: string): GuideOptions | null {
  const params = new URLSearchParams(search);
  if (params.get('print') !== 'guide') return null;
  const routeId = Number(params.get('route'));
  if (!Number.isInteger(routeId) || routeId < 1) return null;
  const paperName = params.get('paper');
  const qr = params.get('qr');
  return {
    routeId,
    paper: paperName === 'a5' || paperName === 'letter' ? paperName : 'a4',
    layout: params.get('layout') === 'booklet' ? 'booklet' : 'leaflet',
    content: params.get('content') || null,
    // Only a web address or a geo: URI is printed as a code (never a script URL).
    qrUrl: qr && /^(https?:\/\/|geo:)/i.test(qr) ? qr : null,
    autoprint: params.get('autoprint') === '1',
  };
}

/** The page rule of the paper (numbers only: nothing from the address goes into it). */
export function pageStyle(options: GuideOptions): string {
  const { size, marginMm, heightMm } = PAPERS[options.paper];
  return `@page { size: ${size} portrait; margin: ${marginMm}mm; }
.guide-cover { height: ${heightMm - 2 * marginMm - 1}mm; }`;
}
