import { describe, expect, it } from 'vitest';
import { DEFAULT_OSM_CATEGORY_RULES } from '../../../shared/codecs/osm/osm-category-defaults.js';
import { createCategoryMatcher, createRuleClassifier } from '../../../shared/codecs/osm/osm-category-mapping.js';
import type { OsmTags } from '../../../shared/codecs/osm/osm-entities.js';
import { categoryHasSector } from '../../../shared/model/typology.js';

// The default category mapping follows the cultural domains of ESSnet-Culture (Eurostat 2012;
// docs/data-exchange.md): creative actors get the sector of their domain, and offices and crafts
// outside every cultural domain (IT, companies, insurers, building trades) are not creative firms.

const match = createCategoryMatcher(DEFAULT_OSM_CATEGORY_RULES);
const classify = createRuleClassifier(DEFAULT_OSM_CATEGORY_RULES);

describe('the creative-industries classification of OSM tags (ESSnet-Culture)', () => {
  it.each([
    [{ office: 'architect' }, 'architecture'],
    [{ office: 'advertising_agency' }, 'advertising'],
    [{ office: 'graphic_design' }, 'design'],
    [{ office: 'design' }, 'design'],
    [{ office: 'publisher' }, 'publishing'],
    [{ office: 'newspaper' }, 'publishing'],
    [{ shop: 'books' }, 'publishing'],
    [{ craft: 'photographer' }, 'visual-arts'],
    [{ craft: 'sculptor' }, 'visual-arts'],
    [{ shop: 'art' }, 'visual-arts'],
    [{ craft: 'jeweller' }, 'crafts'],
    [{ craft: 'goldsmith' }, 'crafts'],
    [{ craft: 'pottery' }, 'crafts'],
    [{ craft: 'musical_instrument' }, 'crafts'],
    [{ amenity: 'studio' }, 'film-video'],
    [{ amenity: 'studio', studio: 'television' }, 'film-video'],
    [{ amenity: 'studio', studio: 'audio' }, 'music'],
    [{ shop: 'music' }, 'music'],
  ])('%o is a creative actor in %s', (tags, sector) => {
    expect(match(tags)).toMatchObject({ category: 'creative-firm', sector });
  });

  it.each<OsmTags>([
    { office: 'it' },
    { office: 'company' },
    { office: 'insurance' },
    { office: 'software' },
    { office: 'consulting' },
    { office: 'engineer' },
    { office: 'lawyer' },
    { office: 'tax_advisor' },
    { craft: 'electrician' },
    { craft: 'plumber' },
    { craft: 'carpenter' },
    { craft: 'painter' },
    { craft: 'hvac' },
  ])('%o is left out on purpose (a "none" rule the mapping dialog shows)', (tags) => {
    expect(match(tags)).toBeNull();
    expect(classify(tags)).toMatchObject({ category: 'none' });
  });

  it.each<OsmTags>([
    { office: 'yes' },
    { office: 'tax' },
    { office: 'association' },
    { craft: 'key_maker_unknown' },
    { craft: 'yes' },
  ])('%o, an office or craft with no rule of its own, is not imported at all (no catch-all)', (tags) => {
    expect(classify(tags)).toBeNull();
  });

  it('gives a sector to every creative rule and to no other', () => {
    for (const rule of DEFAULT_OSM_CATEGORY_RULES) {
      if (rule.category === 'none') expect(rule.sector, `${rule.key}=${rule.value}`).toBeNull();
      else if (categoryHasSector(rule.category)) expect(rule.sector, `${rule.key}=${rule.value}`).not.toBeNull();
      else expect(rule.sector, `${rule.key}=${rule.value}`).toBeNull();
    }
  });

  it('keeps heritage, venues and tourism operators as before', () => {
    expect(match({ historic: 'castle' })).toMatchObject({ category: 'heritage-site' });
    expect(match({ tourism: 'museum', office: 'it' })).toMatchObject({ category: 'museum' });
    expect(match({ tourism: 'hotel' })).toMatchObject({ category: 'accommodation' });
    expect(match({ amenity: 'townhall' })).toMatchObject({ category: 'municipality' });
  });

  it('names the rule that decided (for the counts of the mapping dialog)', () => {
    const withIds = DEFAULT_OSM_CATEGORY_RULES.map((rule, index) => ({ ...rule, id: index + 1 }));
    const decided = createRuleClassifier(withIds)({ office: 'it' });
    expect(decided?.ruleId).toBe(withIds.find((rule) => rule.key === 'office' && rule.value === 'it')!.id);
  });
});
