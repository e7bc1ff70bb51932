import { z } from 'zod';
import type { LineString } from 'geojson';
import { contentLanguageCodes, LanguageCodeSchema, type ContentLanguages } from '../model/content-languages.js';
import { IdSchema, type RouteLeg } from '../model/schemas.js';
import type { CategoryId, RouteModeId } from '../model/typology.js';
import type { MessageRef } from '../i18n/define-messages.js';
import { isLocale, type Locale } from '../i18n/locales.js';
import { method } from './method.js';

// Printed route guides: everything a guide of one route shows, in one of the project's content
// languages (texts in that language where translated, else the project's own), read in one call
// by the print view. The fixed texts (headings, directions) are messages, formatted by the page in
// the guide's language.

export const GetRouteGuideSchema = z
  .object({
    routeId: IdSchema,
    /** A content language of the project (BCP 47); null: the project's own texts. */
    language: LanguageCodeSchema.nullable().default(null),
  })
  .strict();

/** A stop's photo: its first image attachment shown inline, with what is owed to its author. */
export interface GuidePhoto {
  attachmentId: number;
  caption: string;
  credit: string;
  license: string;
}

export interface GuideStop {
  /** 1 for the first stop. */
  number: number;
  placeId: number;
  name: string;
  description: string;
  category: CategoryId;
  address: string;
  website: string;
  /** The place's opening hours as it stores them (OpenStreetMap's opening_hours), or null. */
  openingHours: string | null;
  longitude: number;
  latitude: number;
  photo: GuidePhoto | null;
  /** Minutes planned at the stop. */
  visitMinutes: number;
  /** The way on to the next stop; null at the last one. */
  next: {
    lengthMetres: number;
    durationSeconds: number;
    /** Turn by turn, ending with the arrival, as messages (formatted in the guide's language). */
    directions: MessageRef[];
    /** Part of it is a straight line (no way was found along the streets). */
    straight: boolean;
  } | null;
}

/** What the route asks of walkers and wheelchair users, from the ways it follows. */
export interface GuideAccessibility {
  /** Flights of steps along the route, and their length. */
  steps: { count: number; metres: number };
  /**
   * The surfaces and wheelchair access of the ways, from the network's OpenStreetMap tags (metres
   * along the line); null when not known: the project has no network, or no leg follows it.
   */
  ways: GuideWays | null;
}

export interface GuideWays {
  /** The whole route: the share of it the map knows nothing of is `unknownSurfaceMetres / totalMetres`. */
  totalMetres: number;
  /** Unpaved surfaces (gravel, dirt, grass, compacted…). */
  unpavedMetres: number;
  /** Cobbles and setts. */
  cobblesMetres: number;
  /** Where a wheelchair cannot go: steps, loose or rough ground, barriers, steep inclines, wheelchair=no. */
  noWheelchairMetres: number;
  /** Ways marked wheelchair=limited (usable, with help), the impassable ones not counted. */
  limitedWheelchairMetres: number;
  /** Ways with no surface given, straight and imported legs, and legs the network no longer has. */
  unknownSurfaceMetres: number;
}

export interface RouteGuide {
  projectName: string;
  /** The content language the texts are in (null: the project's own texts). */
  language: string | null;
  route: {
    id: number;
    name: string;
    description: string;
    mode: RouteModeId;
    lengthMetres: number;
    durationSeconds: number;
    /** Null without an elevation file. */
    ascentMetres: number | null;
    descentMetres: number | null;
  };
  /** The routed line, leg by leg (straight legs drawn dashed). */
  legs: { kind: RouteLeg['kind']; line: LineString }[];
  stops: GuideStop[];
  accessibility: GuideAccessibility;
  /** [west, south, east, north] of the line and the stops. */
  bounds: [number, number, number, number];
  /** Whom the basemap's data is owed to (plain text, one per source). */
  attribution: string[];
  /** The project's content languages: a guide can be made in each (null: the project's own texts). */
  languages: (string | null)[];
  /** Where the guide's QR code leads by default: a geo: URI of the start. */
  startUri: string;
}

/** What a print view reports once it is drawn (data-print-ready): parts larger than their page. */
export interface PrintReport {
  overflow: { part: string; name: string }[];
}

/**
 * A guide in content language `code` (null: the project's own texts): the places' texts asked for
 * (null for the primary language's, which are the features' own), and the language of its fixed
 * texts: that language when the app speaks it, else the reader's.
 */
export function guideLanguages(
  code: string | null,
  primary: string | null,
  readerLocale: Locale,
): { content: string | null; locale: Locale } {
  return {
    content: code !== null && code !== primary ? code : null,
    locale: code !== null && isLocale(code) ? code : readerLocale,
  };
}

/**
 * A guide or map for this reader: the places' texts in the reader's language where the project
 * has texts in it, else the project's own; the fixed texts in the reader's language.
 */
export function readerGuideLanguages(
  languages: ContentLanguages,
  readerLocale: Locale,
): { content: string | null; locale: Locale } {
  const own = contentLanguageCodes(languages).includes(readerLocale) ? readerLocale : null;
  return guideLanguages(own, languages.primary, readerLocale);
}

export const guidesApi = {
  getRouteGuide: method<typeof GetRouteGuideSchema, RouteGuide>('guides:route:get', GetRouteGuideSchema),
};
