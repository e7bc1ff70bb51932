import { DEFAULT_OSM_CATEGORY_RULES } from '../../../shared/codecs/osm/osm-category-defaults.js';

// Migration 0015: the OpenStreetMap category mapping follows a published classification (issue
// #14). Until now every office=* and craft=* became a creative firm (IT consultancies,
// electricians...); the defaults now follow the cultural domains of ESSnet-Culture
// (osm-category-defaults.ts, docs/data-exchange.md). Existing projects get the new defaults:
// - a row exactly as migration 0002 wrote it, that the new defaults drop or change, is deleted;
// - each new default whose tag and condition no row has yet is added;
// so a rule a user changed (in Itinera or QGIS) stays as the user left it.
// - last_count: how many places each rule made at the last import (for a "none" rule, features it
//   left out), shown in the mapping dialog; NULL until an import uses the rule.

/** The defaults migration 0002 wrote before this one: key, value, requires, category, sector, priority. */
export const DEFAULTS_OF_0002: readonly (readonly [string, string, string, string, string | null, number])[] = [
  ['historic', '*', '', 'heritage-site', null, 50],
  ['historic', 'castle', '', 'heritage-site', null, 80],
  ['historic', 'ruins', '', 'heritage-site', null, 80],
  ['historic', 'fort', '', 'heritage-site', null, 80],
  ['historic', 'city_gate', '', 'historic-building', null, 80],
  ['historic', 'building', '', 'historic-building', null, 80],
  ['historic', 'church', '', 'historic-building', null, 80],
  ['historic', 'manor', '', 'historic-building', null, 80],
  ['historic', 'monastery', '', 'historic-building', null, 80],
  ['historic', 'tower', '', 'historic-building', null, 80],
  ['historic', 'house', '', 'historic-building', null, 80],
  ['historic', 'mill', '', 'historic-building', null, 80],
  ['historic', 'monument', '', 'monument', null, 80],
  ['historic', 'memorial', '', 'monument', null, 80],
  ['historic', 'wayside_cross', '', 'monument', null, 80],
  ['historic', 'wayside_shrine', '', 'monument', null, 80],
  ['historic', 'archaeological_site', '', 'archaeological-site', null, 80],
  ['heritage', '*', '', 'historic-building', null, 40],
  ['amenity', 'place_of_worship', 'heritage', 'historic-building', null, 60],
  ['amenity', 'place_of_worship', 'wikidata', 'historic-building', null, 60],
  ['tourism', 'artwork', '', 'monument', null, 70],
  ['tourism', 'museum', '', 'museum', null, 100],
  ['tourism', 'gallery', '', 'gallery', null, 100],
  ['amenity', 'arts_centre', '', 'theatre-venue', null, 100],
  ['amenity', 'theatre', '', 'theatre-venue', null, 100],
  ['amenity', 'cinema', '', 'theatre-venue', null, 90],
  ['amenity', 'music_venue', '', 'theatre-venue', null, 90],
  ['amenity', 'concert_hall', '', 'theatre-venue', null, 90],
  ['amenity', 'library', '', 'library-archive', null, 100],
  ['amenity', 'archive', '', 'library-archive', null, 100],
  ['office', 'archive', '', 'library-archive', null, 100],
  ['amenity', 'studio', '', 'studio-building', null, 90],
  ['amenity', 'coworking_space', '', 'coworking-space', null, 100],
  ['office', 'coworking', '', 'coworking-space', null, 100],
  ['leisure', 'hackerspace', '', 'maker-space', null, 90],
  ['craft', '*', '', 'creative-firm', 'crafts', 50],
  ['craft', 'photographer', '', 'creative-firm', 'visual-arts', 70],
  ['craft', 'graphic_designer', '', 'creative-firm', 'design', 70],
  ['office', '*', '', 'creative-firm', null, 40],
  ['office', 'architect', '', 'creative-firm', 'architecture', 70],
  ['office', 'advertising_agency', '', 'creative-firm', 'advertising', 70],
  ['office', 'design', '', 'creative-firm', 'design', 70],
  ['office', 'graphic_design', '', 'creative-firm', 'design', 70],
  ['office', 'publisher', '', 'creative-firm', 'publishing', 70],
  ['office', 'newspaper', '', 'creative-firm', 'publishing', 70],
  ['office', 'it', '', 'creative-firm', 'games-software', 70],
  ['office', 'software', '', 'creative-firm', 'games-software', 70],
  ['office', 'film', '', 'creative-firm', 'film-video', 70],
  ['office', 'research', '', 'academic-researcher', null, 70],
  ['office', 'government', '', 'municipality', null, 60],
  ['amenity', 'townhall', '', 'municipality', null, 60],
  ['office', 'lawyer', '', 'none', null, 60],
  ['office', 'notary', '', 'none', null, 60],
  ['office', 'insurance', '', 'none', null, 60],
  ['office', 'tax_advisor', '', 'none', null, 60],
  ['office', 'accountant', '', 'none', null, 60],
  ['office', 'estate_agent', '', 'none', null, 60],
  ['office', 'financial', '', 'none', null, 60],
  ['office', 'employment_agency', '', 'none', null, 60],
  ['tourism', 'hotel', '', 'accommodation', null, 90],
  ['tourism', 'guest_house', '', 'accommodation', null, 90],
  ['tourism', 'hostel', '', 'accommodation', null, 90],
  ['tourism', 'motel', '', 'accommodation', null, 90],
  ['tourism', 'apartment', '', 'accommodation', null, 90],
  ['tourism', 'apartments', '', 'accommodation', null, 90],
  ['tourism', 'chalet', '', 'accommodation', null, 90],
  ['tourism', 'alpine_hut', '', 'accommodation', null, 90],
  ['tourism', 'camp_site', '', 'accommodation', null, 90],
  ['tourism', 'information', 'information=office', 'visitor-information', null, 90],
  ['office', 'tourism', '', 'visitor-information', null, 90],
  ['shop', 'travel_agency', '', 'tour-operator', null, 90],
  ['office', 'travel_agent', '', 'tour-operator', null, 90],
  ['office', 'guide', '', 'guide', null, 90],
];

const quote = (value: string | null) => (value === null ? 'NULL' : `'${value.replace(/'/g, "''")}'`);
const sectorIs = (sector: string | null) => (sector === null ? 'IS NULL' : `= ${quote(sector)}`);

const current = new Set(
  DEFAULT_OSM_CATEGORY_RULES.map((rule) =>
    JSON.stringify([rule.key, rule.value, rule.requires, rule.category, rule.sector, rule.priority]),
  ),
);

const deletions = DEFAULTS_OF_0002.filter((row) => !current.has(JSON.stringify(row)))
  .map(
    ([key, value, requires, category, sector, priority]) =>
      `DELETE FROM osm_category_mapping WHERE key = ${quote(key)} AND value = ${quote(value)} AND requires = ${quote(requires)} AND category = ${quote(category)} AND sector ${sectorIs(sector)} AND priority = ${priority};`,
  )
  .join('\n');

const additions = DEFAULT_OSM_CATEGORY_RULES.map(
  (rule) =>
    `(${quote(rule.key)}, ${quote(rule.value)}, ${quote(rule.requires)}, ${quote(rule.category)}, ${quote(rule.sector)}, ${rule.priority})`,
).join(',\n  ');

export const migration0015 = {
  id: 15,
  name: 'osm-creative-classification',
  sql: `
ALTER TABLE osm_category_mapping ADD COLUMN last_count INTEGER;
${deletions}
INSERT OR IGNORE INTO osm_category_mapping (key, value, requires, category, sector, priority) VALUES
  ${additions};
`,
};
