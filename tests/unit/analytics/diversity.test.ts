import { describe, expect, it } from 'vitest';
import { diversity, locationQuotient } from '../../../shared/analytics/diversity.js';
import { sectorGroupOf, type SectorId } from '../../../shared/model/typology.js';

// Diversity indices on counts worked out by hand (closed forms in the comments).

const bySectorGroup = (sector: string) => sectorGroupOf(sector as SectorId);

describe('diversity of sectors', () => {
  it('computes Shannon, Simpson, Hill numbers and related / unrelated variety', () => {
    // 2 design, 1 architecture, 1 music: p = 1/2, 1/4, 1/4.
    const result = diversity(
      new Map([
        ['design', 2],
        ['architecture', 1],
        ['music', 1],
        ['crafts', 0],
      ]),
      bySectorGroup,
    );
    expect(result.total).toBe(4);
    // H = 1/2·ln 2 + 2·1/4·ln 4 = 1.5·ln 2 = 1.0397207708399179
    expect(result.shannon).toBeCloseTo(1.0397207708399179, 14);
    // Σp² = 1/4 + 1/16 + 1/16 = 0.375
    expect(result.simpson).toBeCloseTo(0.375, 14);
    expect(result.giniSimpson).toBeCloseTo(0.625, 14);
    // Hill: 3 sectors; exp(H) = 2^1.5 = 2.8284271247461903; 1/0.375 = 2.6666666666666665
    expect(result.hill.q0).toBe(3);
    expect(result.hill.q1).toBeCloseTo(2.8284271247461903, 14);
    expect(result.hill.q2).toBeCloseTo(2.6666666666666665, 14);
    // Groups: creative industries 3/4 (design, architecture), cultural industries 1/4 (music).
    // Unrelated = −(3/4·ln 3/4 + 1/4·ln 1/4) = 0.5623351446188083
    // Related = 3/4 · (ln 3 − 2/3·ln 2) = 3/4 · 0.6365141682948128 = 0.4773856262211096
    expect(result.unrelatedVariety).toBeCloseTo(0.5623351446188083, 14);
    expect(result.relatedVariety).toBeCloseTo(0.4773856262211096, 14);
    expect(result.relatedVariety! + result.unrelatedVariety!).toBeCloseTo(result.shannon!, 14);
  });

  it('gives one sector no diversity, and none at all nothing to say', () => {
    const single = diversity(new Map([['music', 5]]), bySectorGroup);
    expect([single.shannon, single.simpson, single.hill.q0, single.hill.q1, single.hill.q2]).toEqual([0, 1, 1, 1, 1]);
    expect([single.relatedVariety, single.unrelatedVariety]).toEqual([0, 0]);
    const none = diversity(new Map(), bySectorGroup);
    expect(none).toMatchObject({ total: 0, shannon: null, simpson: null, hill: { q0: 0, q1: null, q2: null } });
  });

  it('has even shares give Shannon ln n and every Hill number n', () => {
    const even = diversity(new Map(['design', 'music', 'crafts', 'film-video', 'publishing'].map((s) => [s, 3])));
    expect(even.shannon).toBeCloseTo(Math.log(5), 14);
    expect(even.hill.q1).toBeCloseTo(5, 12);
    expect(even.hill.q2).toBeCloseTo(5, 12);
    expect(even.relatedVariety).toBeNull();
  });

  it('computes location quotients against the reference', () => {
    // Half the firms here are design, a quarter in the project: LQ 2.
    expect(locationQuotient(2, 4, 10, 40)).toBe(2);
    expect(locationQuotient(1, 4, 0, 40)).toBeNull();
  });
});
