import type { SectorId } from '../../model/typology.js';
import { NO_CATEGORY, type OsmCategoryRule } from './osm-category-mapping.js';

// The category mapping a new project starts with (migration 0002 writes it; 0014 brings older
// projects to it, keeping rows their users changed). Users edit it in the app (OpenStreetMap →
// Categories…) or in QGIS.
//
// Which OSM features are creative actors follows one published classification: the cultural
// domains of the ESSnet-Culture framework (European Statistical System Network on Culture, Final
// Report, Eurostat 2012; the basis of Eurostat's culture statistics): heritage, archives,
// libraries, book and press, visual arts (including design and photography), performing arts,
// audiovisual and multimedia (film, radio, television, sound recording, video games),
// architecture, advertising and art crafts. Why this one and not the UK DCMS creative-industries
// groups: DCMS counts "IT, software and computer services" (computer programming, consultancy)
// as creative, which would turn every IT office into a creative firm; ESSnet-Culture keeps
// software out except games, and takes only artistic crafts, not trades such as electricians or
// plumbers. See docs/data-exchange.md.
//
// There is no catch-all for office=* or craft=*: a value becomes a place only through a rule of
// its own. The "none" rules below keep common non-creative values out on purpose, so the mapping
// dialog shows them (and how many features they left out) and a catch-all a user adds later does
// not sweep them in.

const rule = (
  key: string,
  value: string,
  category: OsmCategoryRule['category'],
  priority: number,
  options: { sector?: SectorId; requires?: string } = {},
): OsmCategoryRule => ({
  key,
  value,
  requires: options.requires ?? '',
  category,
  sector: options.sector ?? null,
  priority,
});

const creative = (key: string, value: string, sector: SectorId, requires = '', priority = 70) =>
  rule(key, value, 'creative-firm', priority, { sector, requires });

const leftOut = (key: string, values: readonly string[]) => values.map((value) => rule(key, value, NO_CATEGORY, 60));

export const DEFAULT_OSM_CATEGORY_RULES: readonly OsmCategoryRule[] = [
  // Heritage (ESSnet domain "heritage": monuments, historical places, archaeological sites)
  rule('historic', '*', 'heritage-site', 50),
  rule('historic', 'castle', 'heritage-site', 80),
  rule('historic', 'ruins', 'heritage-site', 80),
  rule('historic', 'fort', 'heritage-site', 80),
  rule('historic', 'city_gate', 'historic-building', 80),
  rule('historic', 'building', 'historic-building', 80),
  rule('historic', 'church', 'historic-building', 80),
  rule('historic', 'manor', 'historic-building', 80),
  rule('historic', 'monastery', 'historic-building', 80),
  rule('historic', 'tower', 'historic-building', 80),
  rule('historic', 'house', 'historic-building', 80),
  rule('historic', 'mill', 'historic-building', 80),
  rule('historic', 'monument', 'monument', 80),
  rule('historic', 'memorial', 'monument', 80),
  rule('historic', 'wayside_cross', 'monument', 80),
  rule('historic', 'wayside_shrine', 'monument', 80),
  rule('historic', 'archaeological_site', 'archaeological-site', 80),
  rule('heritage', '*', 'historic-building', 40),
  rule('amenity', 'place_of_worship', 'historic-building', 60, { requires: 'heritage' }),
  rule('amenity', 'place_of_worship', 'historic-building', 60, { requires: 'wikidata' }),
  rule('tourism', 'artwork', 'monument', 70),
  // Museums, galleries, venues, libraries and archives (heritage, performing arts, libraries, archives)
  rule('tourism', 'museum', 'museum', 100),
  rule('tourism', 'gallery', 'gallery', 100),
  rule('amenity', 'arts_centre', 'theatre-venue', 100),
  rule('amenity', 'theatre', 'theatre-venue', 100),
  rule('amenity', 'cinema', 'theatre-venue', 90),
  rule('amenity', 'music_venue', 'theatre-venue', 90),
  rule('amenity', 'concert_hall', 'theatre-venue', 90),
  rule('amenity', 'library', 'library-archive', 100),
  rule('amenity', 'archive', 'library-archive', 100),
  rule('office', 'archive', 'library-archive', 100),
  // Creative spaces
  rule('amenity', 'coworking_space', 'coworking-space', 100),
  rule('office', 'coworking', 'coworking-space', 100),
  rule('leisure', 'hackerspace', 'maker-space', 90),
  // Creative actors, by ESSnet-Culture domain → the typology's sector.
  // Architecture
  creative('office', 'architect', 'architecture'),
  // Advertising
  creative('office', 'advertising_agency', 'advertising'),
  // Visual arts: plastic arts, photography, design (and the trade in art)
  creative('office', 'design', 'design'),
  creative('office', 'graphic_design', 'design'),
  creative('craft', 'graphic_designer', 'design'),
  creative('craft', 'photographer', 'visual-arts'),
  creative('craft', 'photographic_laboratory', 'visual-arts'),
  creative('craft', 'atelier', 'visual-arts'),
  creative('craft', 'sculptor', 'visual-arts'),
  creative('craft', 'printmaker', 'visual-arts'),
  creative('shop', 'art', 'visual-arts'),
  // Book and press (publishing and the book trade)
  creative('office', 'publisher', 'publishing'),
  creative('office', 'newspaper', 'publishing'),
  creative('shop', 'books', 'publishing'),
  // Audiovisual and multimedia: film, radio, television, sound recording (amenity=studio)
  creative('amenity', 'studio', 'film-video', '', 90),
  creative('amenity', 'studio', 'music', 'studio=audio', 95),
  creative('office', 'film', 'film-video'),
  creative('shop', 'music', 'music'),
  // Art crafts: crafts whose products are artistic (not building or repair trades)
  creative('craft', 'jeweller', 'crafts'),
  creative('craft', 'goldsmith', 'crafts'),
  creative('craft', 'pottery', 'crafts'),
  creative('craft', 'handicraft', 'crafts'),
  creative('craft', 'basket_maker', 'crafts'),
  creative('craft', 'bookbinder', 'crafts'),
  creative('craft', 'embroiderer', 'crafts'),
  creative('craft', 'engraver', 'crafts'),
  creative('craft', 'musical_instrument', 'crafts'),
  creative('craft', 'organ_builder', 'crafts'),
  creative('craft', 'weaver', 'crafts'),
  // Other actors
  rule('office', 'research', 'academic-researcher', 70),
  rule('office', 'government', 'municipality', 60),
  rule('amenity', 'townhall', 'municipality', 60),
  // Outside every cultural domain: left out (IT and software other than games are not in ESSnet-Culture)
  ...leftOut('office', [
    'it',
    'software',
    'company',
    'consulting',
    'engineer',
    'telecommunication',
    'insurance',
    'lawyer',
    'notary',
    'tax_advisor',
    'accountant',
    'estate_agent',
    'financial',
    'employment_agency',
  ]),
  ...leftOut('craft', [
    'electrician',
    'plumber',
    'hvac',
    'carpenter',
    'joiner',
    'roofer',
    'painter',
    'plasterer',
    'tiler',
    'builder',
    'glaziery',
    'locksmith',
    'key_cutter',
    'metal_construction',
    'window_construction',
    'shoemaker',
    'tailor',
  ]),
  // Tourism operators
  rule('tourism', 'hotel', 'accommodation', 90),
  rule('tourism', 'guest_house', 'accommodation', 90),
  rule('tourism', 'hostel', 'accommodation', 90),
  rule('tourism', 'motel', 'accommodation', 90),
  rule('tourism', 'apartment', 'accommodation', 90),
  rule('tourism', 'apartments', 'accommodation', 90),
  rule('tourism', 'chalet', 'accommodation', 90),
  rule('tourism', 'alpine_hut', 'accommodation', 90),
  rule('tourism', 'camp_site', 'accommodation', 90),
  rule('tourism', 'information', 'visitor-information', 90, { requires: 'information=office' }),
  rule('office', 'tourism', 'visitor-information', 90),
  rule('shop', 'travel_agency', 'tour-operator', 90),
  rule('office', 'travel_agent', 'tour-operator', 90),
  rule('office', 'guide', 'guide', 90),
];
