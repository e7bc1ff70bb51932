import { describe, expect, it } from 'vitest';
import type { Place } from '../../../../shared/model/schemas.js';
import { defaultLinkType, linkBetween } from './nearby-panel.js';

const base = { description: '', address: '', website: '', tags: [], customFields: {}, createdAt: '', updatedAt: '' };
const site: Place = {
  ...base,
  id: 1,
  name: 'Gozzoburg',
  category: 'historic-building',
  sector: null,
  longitude: 0,
  latitude: 0,
};
const firm: Place = {
  ...base,
  id: 18,
  name: 'Verlag',
  category: 'creative-firm',
  sector: 'publishing',
  longitude: 0,
  latitude: 0,
};

describe('nearby links', () => {
  it('a firm uses a heritage site; other places are partners', () => {
    expect(defaultLinkType(site)).toBe('uses-heritage-site');
    expect(defaultLinkType(firm)).toBe('project-partner');
    expect(linkBetween(site, firm, 'uses-heritage-site')).toEqual({
      fromPlaceId: 18,
      toPlaceId: 1,
      type: 'uses-heritage-site',
    });
    expect(linkBetween(firm, site, 'project-partner')).toEqual({
      fromPlaceId: 18,
      toPlaceId: 1,
      type: 'project-partner',
    });
  });
});
