import { describe, expect, it } from 'vitest';
import { mergeOsmPlace, editedFieldNames } from '../../../electron/services/osm/osm-edited-fields.js';
import { DEFAULT_OSM_CATEGORY_RULES } from '../../../shared/codecs/osm/osm-category-defaults.js';
import {
  createCategoryMatcher,
  ruleProblem,
  type OsmCategoryRule,
} from '../../../shared/codecs/osm/osm-category-mapping.js';
import type { OsmEntity } from '../../../shared/codecs/osm/osm-entities.js';
import { readOsm } from '../../../shared/codecs/osm/read-osm.js';
import { createTranslator } from '../../../shared/i18n/translator.js';

const XML = `<?xml version='1.0' encoding='UTF-8'?>
<!-- a comment with <tags> inside -->
<osm version="0.6" generator="test">
  <bounds minlat="1" minlon="2" maxlat="3" maxlon="4"/>
  <node id="1" lat="48.5" lon="16.25"><tag k="name" v='Caf&#233; &quot;Zum Turm&quot; &lt;1&gt;'/></node>
  <node id='2' lat='48.6' lon='16.3' action='delete'/>
  <way id="3"><nd ref="1"/><nd ref="4"/><tag k="historic" v="castle"/></way>
  <relation id="5"><member type="way" ref="3" role="outer"/><tag k="type" v="multipolygon"/></relation>
</osm>
`;

async function* chunked(text: string, size: number) {
  const bytes = new TextEncoder().encode(text);
  for (let offset = 0; offset < bytes.length; offset += size) yield bytes.subarray(offset, offset + size);
}

async function entities(text: string, size: number): Promise<OsmEntity[]> {
  const seen: OsmEntity[] = [];
  const keep = (entity: OsmEntity) => void seen.push(entity);
  await readOsm(chunked(text, size), { node: keep, way: keep, relation: keep }, 'test.osm');
  return seen;
}

describe('OSM XML reader', () => {
  it('reads the same entities whatever the chunk boundaries (one byte at a time included)', async () => {
    const whole = await entities(XML, 1 << 16);
    expect(whole).toEqual([
      { type: 'node', id: 1, latitude: 48.5, longitude: 16.25, tags: { name: 'Café "Zum Turm" <1>' } },
      { type: 'way', id: 3, refs: [1, 4], tags: { historic: 'castle' } },
      { type: 'relation', id: 5, members: [{ type: 'way', ref: 3, role: 'outer' }], tags: { type: 'multipolygon' } },
    ]);
    for (const size of [1, 2, 3, 7, 64]) expect(await entities(XML, size)).toEqual(whole);
  });

  it('refuses undefined entities, a DOCTYPE, stray text and mismatched tags, naming the line', async () => {
    await expect(entities(XML.replace('&quot;Zum', '&nbsp;Zum'), 5)).rejects.toThrow(
      /test\.osm, line 5: undefined entity &nbsp;/,
    );
    await expect(entities(`<!DOCTYPE osm SYSTEM "file:///etc/passwd"><osm/>`, 4)).rejects.toThrow(/DOCTYPE/);
    await expect(entities('<osm>text<node id="1" lat="1" lon="1"/></osm>junk', 4)).rejects.toThrow(
      /text outside the root element/,
    );
    await expect(entities('<osm><node id="1" lat="1" lon="1"></way></osm>', 4)).rejects.toThrow(
      /line 1: <\/way> closes <node>/,
    );
    await expect(entities('<osm><node id="x" lat="1" lon="1"/></osm>', 4)).rejects.toThrow(/<node> has no valid id/);
    await expect(entities('<osm><![CDATA[x]]></osm>', 4)).rejects.toThrow(/no CDATA/);
    await expect(entities('', 4)).rejects.toThrow(/the file is empty/);
  });
});

describe('OSM category mapping', () => {
  const match = createCategoryMatcher(DEFAULT_OSM_CATEGORY_RULES);

  it('takes the rule with the highest priority; "*" matches any value but "no"', () => {
    expect(match({ historic: 'castle', tourism: 'museum' })).toMatchObject({ category: 'museum' });
    expect(match({ historic: 'wayside_cross' })).toMatchObject({ category: 'monument', tag: 'historic=wayside_cross' });
    expect(match({ historic: 'boundary_stone' })).toMatchObject({ category: 'heritage-site' });
    expect(match({ historic: 'no' })).toBeNull();
    expect(match({ office: 'architect' })).toMatchObject({ category: 'creative-firm', sector: 'architecture' });
    expect(match({ office: 'lawyer' })).toBeNull(); // a "none" rule keeps it out
    expect(match({ amenity: 'place_of_worship' })).toBeNull();
    expect(match({ amenity: 'place_of_worship', heritage: '2' })).toMatchObject({ category: 'historic-building' });
    expect(match({ tourism: 'information', information: 'guidepost' })).toBeNull();
    expect(match({ tourism: 'information', information: 'office' })).toMatchObject({
      category: 'visitor-information',
    });
  });

  it('every default rule is valid; a hand-edited bad rule is named', () => {
    for (const rule of DEFAULT_OSM_CATEGORY_RULES) expect(ruleProblem(rule)).toBeNull();
    const english = (rule: Partial<OsmCategoryRule>) =>
      createTranslator('en').t(ruleProblem({ ...DEFAULT_OSM_CATEGORY_RULES[0]!, ...rule })!);
    expect(english({ category: 'castle' as never })).toBe('"castle" is not a known category (or "none")');
    expect(english({ sector: 'music' })).toMatch(/only creative firms/);
    expect(english({ value: '' })).toBe('value is empty (use * for any value)');
  });
});

describe('user edits and re-import', () => {
  const base = {
    name: 'Burg',
    category: 'heritage-site' as const,
    sector: null,
    description: '',
    address: '',
    website: '',
    tags: [],
    customFields: { historic: 'castle', opening_hours: 'Mo 10-12' },
    longitude: 16,
    latitude: 48,
  };

  it('names the fields a user changed, custom fields one by one', () => {
    expect(
      editedFieldNames(base, {
        ...base,
        name: 'Die Burg',
        longitude: 16.1,
        customFields: { historic: 'castle', note: 'x' },
      }),
    ).toEqual(['name', 'position', 'customFields.opening_hours', 'customFields.note']);
    expect(
      editedFieldNames(base, { ...base, customFields: { opening_hours: 'Mo 10-12', historic: 'castle' } }),
    ).toEqual([]);
  });

  it("takes OSM values except edited fields, keeps the user's own custom fields and tags", () => {
    const current = { ...base, name: 'Die Burg', tags: ['visited'], customFields: { ...base.customFields, note: 'x' } };
    const incoming = {
      ...base,
      name: 'Burg Neu',
      description: 'From OSM',
      customFields: { historic: 'ruins', wikidata: 'Q1' },
    };
    const merged = mergeOsmPlace(current, incoming, new Set(['name', 'customFields.opening_hours']));
    expect(merged).toEqual({
      ...base,
      name: 'Die Burg',
      description: 'From OSM',
      tags: ['visited'],
      customFields: { historic: 'ruins', opening_hours: 'Mo 10-12', wikidata: 'Q1', note: 'x' },
    });
  });
});
