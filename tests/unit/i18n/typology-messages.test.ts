import { describe, expect, it } from 'vitest';
import { fileLabels } from '../../../shared/codecs/file-labels.js';
import { createTranslator } from '../../../shared/i18n/translator.js';
import { typologyLabel, typologyMessage, TYPOLOGY_MESSAGES } from '../../../shared/i18n/typology-labels.js';
import {
  CATEGORIES,
  CATEGORY_FAMILIES,
  CUSTOM_FIELD_TYPES,
  EVENT_KINDS,
  GROUP_LEVELS,
  LINK_STRENGTHS,
  LINK_TYPES,
  QUARTER_KINDS,
  ROUTE_MODES,
  SECTOR_GROUPS,
  SECTORS,
} from '../../../shared/model/typology.js';

// Every identifier of the typology has a message, and no message names an id the typology lacks.

const LISTS: [keyof typeof TYPOLOGY_MESSAGES, readonly (string | number)[]][] = [
  ['category', CATEGORIES.map((entry) => entry.id)],
  ['family', CATEGORY_FAMILIES],
  ['sector', SECTORS.map((entry) => entry.id)],
  ['sectorGroup', SECTOR_GROUPS.map((entry) => entry.id)],
  ['linkType', LINK_TYPES.map((entry) => entry.id)],
  ['areaKind', QUARTER_KINDS.map((entry) => entry.id)],
  ['linkStrength', LINK_STRENGTHS.map((entry) => entry.id)],
  ['groupLevel', GROUP_LEVELS.map((entry) => entry.id)],
  ['eventKind', EVENT_KINDS.map((entry) => entry.id)],
  ['fieldType', CUSTOM_FIELD_TYPES.map((entry) => entry.id)],
  ['routeMode', ROUTE_MODES.map((entry) => entry.id)],
];

describe('typology messages', () => {
  it.each(LISTS)('has exactly one message per %s', (list, ids) => {
    for (const id of ids) expect(typologyMessage(list, id), `${list} ${id}`).toBeDefined();
    expect(Object.keys(TYPOLOGY_MESSAGES[list]).sort()).toEqual(ids.map(String).sort());
  });

  it('labels an entry in the reader’s language, and an unknown id as itself', () => {
    expect(typologyLabel(createTranslator('en'), 'category', 'museum')).toBe('Museum');
    expect(typologyLabel(createTranslator('en'), 'category', 'toString')).toBe('toString');
    expect(typologyLabel(createTranslator('en'), 'linkStrength', 5)).toBe('Very strong');
  });

  it('says in English what the typology’s labels say (exports and imports keep their words)', () => {
    const labelled: [keyof typeof TYPOLOGY_MESSAGES, readonly { id: string | number; label: string }[]][] = [
      ['category', CATEGORIES],
      ['sector', SECTORS],
      ['linkType', LINK_TYPES],
      ['areaKind', QUARTER_KINDS],
      ['groupLevel', GROUP_LEVELS],
      ['eventKind', EVENT_KINDS],
      ['routeMode', ROUTE_MODES],
    ];
    for (const [list, entries] of labelled)
      for (const entry of entries) expect(fileLabels('en')(list, entry.id), `${list} ${entry.id}`).toBe(entry.label);
  });
});
