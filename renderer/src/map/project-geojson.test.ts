import { describe, expect, it } from 'vitest';
import type { Link, Place } from '../../../shared/model/schemas.js';
import { samplePlace } from '../test-support/sample-place.js';
import { createStablePlaces, linksToGeoJson, moveLinkEnds, placesToGeoJson } from './project-geojson.js';

const place = (id: number, longitude: number, latitude: number): Place =>
  samplePlace(id, { category: id === 1 ? 'heritage-site' : 'creative-firm', longitude, latitude });
const link = (id: number, fromPlaceId: number, toPlaceId: number): Link => ({
  id,
  fromPlaceId,
  toPlaceId,
  type: 'project-partner',
  note: '',
  startDate: null,
  strength: null,
  createdAt: '',
});

describe('project GeoJSON', () => {
  it('draws names in the chosen content language, the primary name where there is no translation', () => {
    const translated = [
      { ...place(1, 15.6, 48.41), name: 'Gozzoburg', translations: { fr: { name: 'Château', description: '' } } },
      { ...place(2, 15.61, 48.42), name: 'Steiner Tor' },
    ];
    const names = (language: string | null) =>
      createStablePlaces()(translated, language).features.map((feature) => feature.properties.name);
    expect(names('fr')).toEqual(['Château', 'Steiner Tor']);
    expect(names(null)).toEqual(['Gozzoburg', 'Steiner Tor']);
  });

  const places = [place(1, 15.6, 48.41), place(2, 15.61, 48.42)];
  const byId = new Map(places.map((entry) => [entry.id, entry]));

  it('gives places integer ids and their family; the map keeps one collection while nothing drawn changes', () => {
    const collection = placesToGeoJson(places);
    expect(collection.features.map((feature) => [feature.id, feature.properties.family])).toEqual([
      [1, 'heritage'],
      [2, 'creative-firm'],
    ]);
    const stable = createStablePlaces();
    const drawn = stable(places);
    expect(drawn).toEqual(collection);
    expect(stable(places)).toBe(drawn);
    // A new list with the same places (an edit of a description): the same collection.
    expect(stable(places.map((entry) => ({ ...entry, description: 'changed' })))).toBe(drawn);
    // A moved place: a new one.
    const moved = stable([place(1, 15.7, 48.41), places[1]!]);
    expect(moved).not.toBe(drawn);
    expect(moved.features[0]?.geometry.coordinates).toEqual([15.7, 48.41]);
  });

  it('draws links as arcs between place positions, skipping links to missing places, and moves their ends', () => {
    const links = linksToGeoJson([link(7, 1, 2), link(8, 1, 99), link(9, 1, 2)], byId);
    expect(links.features.map((feature) => feature.id)).toEqual([7, 9]);
    const arc = links.features[0]!.geometry.coordinates;
    expect(arc[0]).toEqual([15.6, 48.41]);
    expect(arc.at(-1)).toEqual([15.61, 48.42]);
    expect(arc.length).toBeGreaterThan(2);
    // A second link between the same two places bends further, so both stay visible.
    expect(links.features[1]!.properties.bend).toBeGreaterThan(links.features[0]!.properties.bend);
    const moved = moveLinkEnds(links, 2, [15.62, 48.43]);
    expect(moved.features[0]?.geometry.coordinates.at(-1)).toEqual([15.62, 48.43]);
    expect(moved.features[0]?.geometry.coordinates[0]).toEqual([15.6, 48.41]);
    expect(links.features[0]?.geometry.coordinates.at(-1)).toEqual([15.61, 48.42]);
  });
});
