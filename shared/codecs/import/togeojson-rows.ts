import type { Feature } from 'geojson';
import { messageRef as ref, type MessageRef } from '../../i18n/define-messages.js';
import { importNoteMessages as note } from '../../i18n/messages/import-notes.js';
import { geometryProblem, tooDeepAttribute } from './geometry-shape.js';
import { htmlToText, looksLikeHtml } from './html-text.js';
import type { ImportFormat, SourceRow } from './source-table.js';

// KML and GPX are converted by @tmcw/togeojson; its features become rows here: styling keys it
// adds are left out, HTML descriptions become their text (togeojson gives a CDATA description as
// {"@type": "html", "value": …}, which was stored as that JSON), other objects become JSON text.

const STYLING =
  /^(styleUrl|styleHash|styleMap|stroke|stroke-opacity|stroke-width|fill|fill-opacity|icon|icon-.*|label-.*|_gpxType|coordinateProperties|visibility)$/;
const DESCRIPTIONS = new Set(['description', 'desc', 'cmt']);

export function rowFromFeature(
  feature: Feature,
  format: ImportFormat,
  position: number,
  counter: { html: number },
): SourceRow {
  const tooDeep = tooDeepAttribute(feature.properties ?? {});
  if (tooDeep) return { position, properties: {}, geometry: null, problem: tooDeep };
  const properties: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(feature.properties ?? {})) {
    if (STYLING.test(key)) continue;
    // GDAL writes extra fields into GPX extensions as ogr_<name>.
    const name = format === 'gpx' ? key.replace(/^ogr_/, '') : key;
    const html =
      typeof value === 'object' && value !== null && (value as { '@type'?: unknown })['@type'] === 'html'
        ? String((value as { value?: unknown }).value ?? '')
        : typeof value === 'string' && DESCRIPTIONS.has(name) && looksLikeHtml(value)
          ? value
          : null;
    if (html !== null) {
      properties[name] = htmlToText(html);
      counter.html += 1;
    } else properties[name] = typeof value === 'object' && value !== null ? JSON.stringify(value) : value;
  }
  const kind = (feature.properties as { _gpxType?: string } | null)?._gpxType;
  if (kind) properties.gpx_type = kind === 'rte' ? 'route' : kind === 'trk' ? 'track' : kind;
  const problem = geometryProblem(feature.geometry);
  return problem
    ? { position, properties, geometry: null, problem }
    : { position, properties, geometry: feature.geometry };
}

/** The note for descriptions turned from HTML into text, if any. */
export function htmlNote(count: number): MessageRef[] {
  return count > 0 ? [ref(note.htmlDescriptions, { count })] : [];
}
