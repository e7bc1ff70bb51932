import type { Attachment } from '../../model/attachment-schemas.js';
import type { Place } from '../../model/schemas.js';
import { getCategory, type CategoryId } from '../../model/typology.js';
import { isHeritageSite, type ExportData, type ExportedFile } from './export-data.js';

// JSON-LD (schema.org) for the heritage sites and cultural venues of the project, the form
// heritage portals and search engines read. Other places (actors, creative spaces), quarters,
// routes and links are not part of it.
// Types: heritage sites, monuments, historic buildings and archaeological sites are
// LandmarksOrHistoricalBuildings; museum -> Museum, gallery -> ArtGallery, library or archive ->
// Library, theatre or venue -> PerformingArtsTheater (all schema.org types).
// Photos: each image attached to a site is an ImageObject of its `image`, with its caption, and
// the credit, licence and date the user recorded as `creditText`, `license` and `dateCreated`.
// schema.org wants a licence as an address (or a Creative Work): Creative Commons names such as
// "CC BY-SA 4.0" or "CC0" become their address on creativecommons.org; any other name is written
// as a CreativeWork of that name.
// Sources: custom fields named source, sources, citation or citations (any case) hold the
// literature about a site. NOTE: schema.org's `citation` and `isPartOf` belong to creative works,
// not to places, so a validator would flag them on a Place. The inverse relation is used
// instead: each source is a CreativeWork the site is `subjectOf`, and so is the project, a
// Dataset node in the graph.

const SCHEMA_TYPES: Partial<Record<CategoryId, string>> = {
  museum: 'Museum',
  gallery: 'ArtGallery',
  'library-archive': 'Library',
  'theatre-venue': 'PerformingArtsTheater',
};

const SOURCE_FIELD = /^(sources?|citations?)$/i;
const PROJECT_ID = '_:project';

type JsonLdNode = Record<string, unknown>;

export function writeJsonLd(data: ExportData): ExportedFile {
  const sites = data.places.filter(isHeritageSite);
  const project: JsonLdNode = { '@id': PROJECT_ID, '@type': 'Dataset', name: data.projectName };
  const document = {
    '@context': 'https://schema.org',
    '@graph': [project, ...sites.map((site) => siteNode(site, data.attachments?.[site.id] ?? []))],
  };
  // NOTE: "<" as \u003c (the same JSON) so that the file can be pasted into an HTML
  // <script type="application/ld+json"> element without a name closing it.
  const text = JSON.stringify(document, null, 2).replace(/</g, '\\u003c') + '\n';
  return { bytes: new TextEncoder().encode(text), extension: 'jsonld', mimeType: 'application/ld+json' };
}

function siteNode(place: Place, attachments: readonly Attachment[]): JsonLdNode {
  const category = getCategory(place.category);
  const node: JsonLdNode = {
    // Its stable identity as a global name (RFC 9562's urn:uuid), the same in every export.
    '@id': place.uuid ? `urn:uuid:${place.uuid}` : `_:place-${place.id}`,
    '@type':
      SCHEMA_TYPES[place.category] ?? (category.family === 'heritage' ? 'LandmarksOrHistoricalBuildings' : 'Place'),
    identifier: `place-${place.id}`,
    name: place.name,
  };
  if (place.description) node.description = place.description;
  if (place.address) node.address = place.address;
  if (place.website) node.url = place.website;
  if (place.tags.length > 0) node.keywords = place.tags;
  node.geo = { '@type': 'GeoCoordinates', latitude: place.latitude, longitude: place.longitude };
  const images = attachments.filter((attachment) => attachment.inline).map(imageNode);
  if (images.length > 0) node.image = images;
  node.subjectOf = [{ '@id': PROJECT_ID }, ...sources(place).map(sourceNode)];
  return node;
}

function sources(place: Place): string[] {
  return Object.entries(place.customFields)
    .filter(([field, value]) => SOURCE_FIELD.test(field.trim()) && value !== null && String(value).trim() !== '')
    .flatMap(([, value]) => String(value).split(/\s*\n\s*/))
    .filter((source) => source !== '');
}

/** A source as a creative work: a web address as its `url`, anything else as its `name`. */
function sourceNode(source: string): JsonLdNode {
  return /^https?:\/\/\S+$/i.test(source)
    ? { '@type': 'CreativeWork', url: source }
    : { '@type': 'CreativeWork', name: source };
}

function imageNode(attachment: Attachment): JsonLdNode {
  const node: JsonLdNode = {
    '@type': 'ImageObject',
    name: attachment.fileName,
    encodingFormat: attachment.contentType,
  };
  if (attachment.caption) node.caption = attachment.caption;
  if (attachment.credit) node.creditText = attachment.credit;
  if (attachment.license) node.license = licenseNode(attachment.license);
  if (attachment.dateCreated) node.dateCreated = attachment.dateCreated;
  return node;
}

const CC_LICENCE = /^CC[\s-]?(BY(?:[\s-](?:SA|ND|NC|NC[\s-]SA|NC[\s-]ND))?)(?:[\s-]+(\d\.\d))?$/i;
const CC_ZERO = /^CC[\s-]?0(?:[\s-]+1\.0)?$/i;

/** A licence as schema.org wants it: an address, or a CreativeWork named as the user wrote it. */
export function licenseNode(license: string): string | JsonLdNode {
  const text = license.trim();
  if (/^https?:\/\/\S+$/i.test(text)) return text;
  if (CC_ZERO.test(text)) return 'https://creativecommons.org/publicdomain/zero/1.0/';
  const cc = CC_LICENCE.exec(text);
  if (cc) {
    const kind = cc[1]!.toLowerCase().replace(/\s+/g, '-');
    return `https://creativecommons.org/licenses/${kind}/${cc[2] ?? '4.0'}/`;
  }
  return { '@type': 'CreativeWork', name: text };
}
