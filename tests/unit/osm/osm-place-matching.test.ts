import { describe, expect, it } from 'vitest';
import {
  matchOsmPlaces,
  type ExistingPlaceSummary,
  type IncomingPlaceSummary,
} from '../../../shared/codecs/osm/osm-place-matching.js';
import { nameWords, sameName } from '../../../shared/codecs/osm/place-name-match.js';

// The matcher an OSM import asks before it adds a place: same OSM object; else a near-identical
// name within 50 m; else the same category within 10 m, one to one.

/** A point `east` and `north` metres from the Gozzoburg (Krems), in degrees. */
function near(east: number, north: number): { longitude: number; latitude: number } {
  const latitude = 48.411877;
  return {
    longitude: 15.60209 + east / (111_320 * Math.cos((latitude * Math.PI) / 180)),
    latitude: latitude + north / 110_574,
  };
}

const place = (id: number, name: string, category: string, east: number, north = 0, osmKey: string | null = null) =>
  ({ id, name, category, osmKey, ...near(east, north) }) satisfies ExistingPlaceSummary;
const feature = (key: string, name: string, category: string, east: number, north = 0) =>
  ({ key, name, category, ...near(east, north) }) satisfies IncomingPlaceSummary;

describe('place names', () => {
  it('ignores case, accents, punctuation and spacing', () => {
    expect(nameWords('Café  Zentral!')).toEqual(['cafe', 'zentral']);
    expect(sameName('GOZZOBURG', 'Gozzoburg')).toBe(true);
    expect(sameName('Bürgerspitalskirche', 'Buergerspitalskirche')).toBe(true);
    expect(sameName('Straße der Kunst', 'Strasse der Kunst')).toBe(true);
    expect(sameName('St.Veit', 'St. Veit')).toBe(true);
    expect(sameName('Sankt Veit', 'St. Veit')).toBe(true);
    expect(sameName('Kunstraum "Alte Post"', 'Kunstraum Alte-Post')).toBe(true);
  });

  it('takes words that only say the kind of place as optional, on one side only', () => {
    expect(sameName('Klinglhuber', 'Hotel Klinglhuber')).toBe(true);
    expect(sameName('Hotel Klinglhuber', 'Klinglhuber')).toBe(true);
    expect(sameName('Schloss Gobelsburg', 'Gobelsburg')).toBe(true);
    expect(sameName('Musée Rodin', 'Rodin')).toBe(true);
    // A restaurant and a hotel of one family are two places.
    expect(sameName('Gasthof Klinglhuber', 'Hotel Klinglhuber')).toBe(false);
    // A kind word alone names nothing in particular.
    expect(sameName('Museum', 'Museum Krems')).toBe(false);
    expect(sameName('Hotel', 'Hotel')).toBe(true);
  });

  it('forgives one typing slip (two in long names), never in numbers', () => {
    expect(sameName('Dreifaltigkeitsäule', 'Dreifaltigkeitssäule')).toBe(true);
    expect(sameName('Simandlbrunen', 'Simandlbrunnen')).toBe(true);
    expect(sameName('Kremser Klangwrek', 'Kremser Klangwerk')).toBe(true);
    expect(sameName('Haus 1', 'Haus 2')).toBe(false);
    expect(sameName('Atelier 12', 'Atelier 13')).toBe(false);
    expect(sameName('Dreifaltigkeitsplatz', 'Dreifaltigkeitssäule')).toBe(false);
    expect(sameName('Post', 'Pest')).toBe(false);
  });
});

describe('matching incoming OSM features to existing places', () => {
  it('takes the same OSM object first, wherever it moved', () => {
    const existing = [place(1, 'Alte Post', 'gallery', 300, 0, 'node/5'), place(2, 'Neue Post', 'gallery', 0)];
    const matches = matchOsmPlaces(existing, [feature('node/5', 'Neue Post', 'gallery', 0)]);
    expect(matches.get('node/5')).toMatchObject({ placeId: 1, rule: 'osm-id', sameAsAnother: false });
  });

  it('links a near-identical name within 50 m, not at 60 m', () => {
    const existing = [place(11, 'Hotel Klinglhuber', 'accommodation', 0)];
    const matches = matchOsmPlaces(existing, [
      feature('node/1', 'Klinglhuber', 'accommodation', 45),
      feature('node/2', 'Klinglhuber', 'accommodation', 0, 60),
    ]);
    expect(matches.get('node/1')).toMatchObject({ placeId: 11, rule: 'name', sameAsAnother: false });
    expect(matches.get('node/1')!.distance).toBeCloseTo(45, 0);
    // The second is the same name too, but 60 m away: a place of its own.
    expect(matches.has('node/2')).toBe(false);
  });

  it('makes the nearer of two same-named features the link and the other the same place', () => {
    const existing = [place(1, 'Gozzoburg', 'historic-building', 0)];
    const matches = matchOsmPlaces(existing, [
      feature('way/108296463', 'Gozzoburg', 'heritage-site', 41),
      feature('way/108090814', 'Gozzoburg', 'heritage-site', 1),
    ]);
    expect(matches.get('way/108090814')).toMatchObject({ placeId: 1, rule: 'name', sameAsAnother: false });
    expect(matches.get('way/108296463')).toMatchObject({ placeId: 1, rule: 'name', sameAsAnother: true });
  });

  it('recognises a feature named like a place another OSM object holds (a re-import finds it again)', () => {
    const existing = [place(1, 'Gozzoburg', 'historic-building', 0, 0, 'way/108090814')];
    const matches = matchOsmPlaces(existing, [
      feature('way/108090814', 'Gozzoburg', 'heritage-site', 1),
      feature('way/108296463', 'Gozzoburg', 'heritage-site', 41),
    ]);
    expect(matches.get('way/108296463')).toMatchObject({ placeId: 1, rule: 'name', sameAsAnother: true });
  });

  it('gives each place to its nearest same-named feature, the next one to the next place', () => {
    const existing = [place(1, 'Spar', 'tour-operator', 0), place(2, 'Spar', 'tour-operator', 40)];
    const matches = matchOsmPlaces(existing, [
      feature('node/1', 'Spar', 'tour-operator', 10),
      feature('node/2', 'Spar', 'tour-operator', 12),
    ]);
    expect(matches.get('node/1')).toMatchObject({ placeId: 1, sameAsAnother: false });
    expect(matches.get('node/2')).toMatchObject({ placeId: 2, sameAsAnother: false });
  });

  it('links the same category within 10 m, not at 11 m', () => {
    const existing = [place(4, 'Dreifaltigkeitssäule', 'monument', 0), place(5, 'Simandlbrunnen', 'monument', 200)];
    const matches = matchOsmPlaces(existing, [
      feature('node/607053250', 'Dreifaltigkeitsplatz', 'monument', 0, 8),
      feature('node/2', 'Brunnen am Markt', 'monument', 211),
    ]);
    expect(matches.get('node/607053250')).toMatchObject({ placeId: 4, rule: 'category' });
    expect(matches.has('node/2')).toBe(false);
  });

  it('does not pair by category when another category is near, or when the pairing is ambiguous', () => {
    const existing = [
      place(1, 'Studio A', 'creative-firm', 0),
      place(2, 'Verlag B', 'creative-firm', 3),
      place(3, 'Hotel Krems', 'accommodation', 0, 5),
    ];
    const matches = matchOsmPlaces(existing, [
      // Two creative firms within 10 m: which one? Neither.
      feature('node/1', 'Agentur C', 'creative-firm', 1),
      // A museum beside a hotel is not the hotel.
      feature('node/2', 'Kunsthalle', 'museum', 0, 5),
    ]);
    expect(matches.size).toBe(0);
    // Nor when two features would take one place.
    const two = matchOsmPlaces(
      [place(9, 'Kunstraum', 'gallery', 0)],
      [feature('node/3', 'Galerie X', 'gallery', 2), feature('node/4', 'Galerie Y', 'gallery', -2)],
    );
    expect(two.size).toBe(0);
  });

  it('never pairs by category with a place another OSM object of the extract holds', () => {
    const existing = [place(1, 'Studio A', 'creative-firm', 0, 0, 'node/7')];
    const matches = matchOsmPlaces(existing, [
      feature('node/7', 'Studio A', 'creative-firm', 0),
      feature('node/8', 'Verlag B', 'creative-firm', 2),
    ]);
    expect(matches.get('node/7')).toMatchObject({ rule: 'osm-id' });
    expect(matches.has('node/8')).toBe(false);
  });

  it('leaves declined features and unavailable places alone', () => {
    const existing = [place(11, 'Hotel Klinglhuber', 'accommodation', 0), place(12, 'Krems', 'museum', 0, 20)];
    const matches = matchOsmPlaces(
      existing,
      [feature('node/1', 'Klinglhuber', 'accommodation', 0), feature('node/2', 'Krems', 'museum', 0, 20)],
      { declined: new Set(['node/1']), unavailable: new Set([12]) },
    );
    expect(matches.size).toBe(0);
  });

  it('matches tens of thousands of features against tens of thousands of places', () => {
    const existing: ExistingPlaceSummary[] = [];
    const incoming: IncomingPlaceSummary[] = [];
    for (let index = 0; index < 30_000; index++) {
      const east = (index % 200) * 80;
      const north = Math.floor(index / 200) * 80;
      existing.push(place(index + 1, `Atelier ${index}`, 'creative-firm', east, north));
      incoming.push(feature(`node/${index + 1}`, `Atelier ${index}`, 'creative-firm', east + 20, north));
    }
    const matches = matchOsmPlaces(existing, incoming);
    expect(matches.size).toBe(30_000);
    expect([...matches].every(([key, match]) => `node/${match.placeId}` === key && match.rule === 'name')).toBe(true);
  });
});
