import { describe, expect, it } from 'vitest';
import { writeJsonLd } from '../../../shared/codecs/export/write-json-ld.js';
import { EXPORT_DATA, PLACES } from './export-fixture.js';

// JSON-LD export: the heritage sites and cultural venues as schema.org nodes, with their
// coordinates, addresses, web sites and sources, tied to the project.

type Node = Record<string, unknown>;

function graphOf(bytes: Uint8Array): Node[] {
  const document = JSON.parse(new TextDecoder().decode(bytes));
  expect(document['@context']).toBe('https://schema.org');
  return document['@graph'];
}

const file = writeJsonLd(EXPORT_DATA);
const graph = graphOf(file.bytes);
const site = (id: number) => graph.find((node) => node.identifier === `place-${id}`);

describe('JSON-LD export', () => {
  it('describes the project and only its heritage sites and cultural venues', () => {
    expect(file).toMatchObject({ extension: 'jsonld', mimeType: 'application/ld+json' });
    expect(graph[0]).toEqual({ '@id': '_:project', '@type': 'Dataset', name: EXPORT_DATA.projectName });
    // Not the creative firm (3) nor the guide (5).
    expect(graph.slice(1).map((node) => [node.identifier, node['@type']])).toEqual([
      ['place-1', 'LandmarksOrHistoricalBuildings'],
      ['place-2', 'Museum'],
      ['place-4', 'ArtGallery'],
      ['place-6', 'PerformingArtsTheater'],
    ]);
  });

  it('gives each site its name, place, address, web site and keywords', () => {
    expect(site(2)).toEqual({
      '@id': '_:place-2',
      '@type': 'Museum',
      identifier: 'place-2',
      name: 'Kulturhistorisches Museum',
      address: 'Neißstraße 30, 02826 Görlitz',
      url: 'https://museum.example.org/?a=1&b=2',
      keywords: ['Museum'],
      geo: { '@type': 'GeoCoordinates', latitude: 51.1561, longitude: 14.9899 },
      subjectOf: [{ '@id': '_:project' }],
    });
    expect(site(1)).toMatchObject({ name: 'Alte Tuchfabrik', description: PLACES[0]?.description });
    expect(site(6)).not.toHaveProperty('description');
    expect(site(6)).not.toHaveProperty('url');
  });

  it('turns source and citation fields into works the site is the subject of', () => {
    expect(site(1)?.subjectOf).toEqual([
      { '@id': '_:project' },
      { '@type': 'CreativeWork', name: 'Denkmalliste Sachsen, Obj.-Nr. 09012345' },
      { '@type': 'CreativeWork', url: 'https://example.org/denkmal/tuchfabrik' },
    ]);
    // One source per line.
    expect(site(4)?.subjectOf).toEqual([
      { '@id': '_:project' },
      { '@type': 'CreativeWork', name: 'Katalog 2012' },
      { '@type': 'CreativeWork', name: 'Katalog 2019' },
    ]);
  });

  it('can be pasted into an HTML script element', () => {
    const name = 'Stadthalle </script><script>alert(1)</script>';
    const data = { ...EXPORT_DATA, places: [{ ...PLACES[5]!, name }] };
    const bytes = writeJsonLd(data).bytes;
    expect(new TextDecoder().decode(bytes)).not.toContain('<');
    expect(graphOf(bytes)[1]?.name).toBe(name);
  });
});
