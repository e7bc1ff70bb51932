import { z } from 'zod';
import { LanguageCodeSchema } from '../model/content-languages.js';
import { IdSchema } from '../model/schemas.js';
import { isLocale, type Locale } from '../i18n/locales.js';
import type { PrintReport } from './guides.js';
import { BoxSchema } from './map-print.js';
import { method } from './method.js';
import { guideMessages as m } from '../i18n/messages/guides.js';
import { problem } from '../i18n/validation.js';

// A print view made into a PDF on this machine (issue #16, point 3): the route panel's and the
// area panel's "Save PDF". The desktop prints the app's print view with Electron's printToPDF,
// serve mode with the system's Chromium, the command line likewise; each asks for the view by the
// same request, written into the view's address by printViewSearch.

const ContentSchema = LanguageCodeSchema.nullable().default(null);
const LocaleSchema = z.custom<Locale>((value) => isLocale(value));

export const GuidePrintSchema = z
  .object({
    view: z.literal('guide'),
    routeId: IdSchema,
    paper: z.enum(['a4', 'a5', 'letter']).default('a4'),
    layout: z.enum(['leaflet', 'booklet']).default('leaflet'),
    /** The content language of the places' texts (null: the project's own). */
    content: ContentSchema,
    /** Where the QR code leads (null: the start's geo: URI). */
    qrUrl: z
      .string()
      .max(2000)
      .regex(/^(https?:\/\/|geo:)\S+$/i)
      .nullable()
      .default(null),
    /** The language of the fixed texts. */
    locale: LocaleSchema,
  })
  .strict();

export const MapPrintRequestSchema = z
  .object({
    view: z.literal('map'),
    areaId: IdSchema.nullable().default(null),
    box: BoxSchema.nullable().default(null),
    paper: z.enum(['a4', 'a3', 'letter']).default('a4'),
    orientation: z.enum(['landscape', 'portrait']).default('landscape'),
    title: z.string().max(200).nullable().default(null),
    content: ContentSchema,
    report: z.boolean().default(false),
    locale: LocaleSchema,
  })
  .strict()
  .refine((request) => (request.areaId === null) !== (request.box === null), problem(m.areaOrBox));

export const PrintToPdfSchema = z
  .object({ request: z.discriminatedUnion('view', [GuidePrintSchema, MapPrintRequestSchema]) })
  .strict();

export type GuidePrintRequest = z.output<typeof GuidePrintSchema>;
export type MapPrintRequest = z.output<typeof MapPrintRequestSchema>;
export type PrintRequest = GuidePrintRequest | MapPrintRequest;

/** The print view's query string (?print=guide&route=3…) of a request. */
export function printViewSearch(request: PrintRequest): string {
  const params = new URLSearchParams({ print: request.view });
  const set = (name: string, value: string | number | null) => value !== null && params.set(name, String(value));
  if (request.view === 'guide') {
    set('route', request.routeId);
    set('paper', request.paper);
    set('layout', request.layout);
    set('qr', request.qrUrl);
  } else {
    if (request.areaId !== null) set('area', request.areaId);
    else set('box', request.box?.join(',') ?? null);
    set('paper', request.paper);
    set('orientation', request.orientation);
    set('title', request.title);
    if (request.report) set('report', 1);
  }
  set('content', request.content);
  set('lang', request.locale);
  return `?${params.toString()}`;
}

export interface PrintedPdf {
  contentBase64: string;
  /** What does not fit its page (the PDF is made all the same). */
  overflow: PrintReport['overflow'];
}

export const printingApi = {
  printToPdf: method<typeof PrintToPdfSchema, PrintedPdf>('printing:pdf:create', PrintToPdfSchema),
};
