import type { ExportData } from '../../../shared/codecs/export/export-data.js';
import type { Place } from '../../../shared/model/schemas.js';

// A small project with everything the export writers must get right: non-ASCII text, markup
// and quotes in names, a creative firm with a sector and typed custom fields, a custom field
// whose name collides with a built-in column, sources on a heritage site, a quarter and two
// routes (one with its stops stored out of order).

export const FIRM_NAME = 'Müller & Söhne "Gestaltung" <script>alert(1)</script>';
export const LONG_FIELD = 'Ansprechperson für Führungen';

const stamp = { createdAt: '2024-03-01T10:00:00.000Z', updatedAt: '2024-05-17T08:30:00.000Z' };

function place(fields: Partial<Place> & Pick<Place, 'id' | 'name' | 'category' | 'longitude' | 'latitude'>): Place {
  return {
    sector: null,
    description: '',
    address: '',
    website: '',
    tags: [],
    customFields: {},
    ...stamp,
    ...fields,
  };
}

export const PLACES: Place[] = [
  place({
    id: 1,
    name: 'Alte Tuchfabrik',
    category: 'historic-building',
    longitude: 14.9871,
    latitude: 51.1552,
    description:
      'Tuchfabrik von 1864, seit 2005 Denkmal.\nHeute Ateliers, Werkstätten und Büros; "Tuchmacherei" im Erdgeschoss.',
    address: 'Tuchmacherstraße 5, 02826 Görlitz',
    tags: ['Industriekultur', 'Denkmal'],
    customFields: {
      Source: 'Denkmalliste Sachsen, Obj.-Nr. 09012345',
      citations: 'https://example.org/denkmal/tuchfabrik',
      listed: true,
    },
  }),
  place({
    id: 2,
    name: 'Kulturhistorisches Museum',
    category: 'museum',
    longitude: 14.9899,
    latitude: 51.1561,
    website: 'https://museum.example.org/?a=1&b=2',
    address: 'Neißstraße 30, 02826 Görlitz',
    tags: ['Museum'],
  }),
  place({
    id: 3,
    name: FIRM_NAME,
    category: 'creative-firm',
    sector: 'design',
    longitude: 14.9855,
    latitude: 51.1547,
    description: 'Studio for type & signage, ring the bell\u0007 twice',
    website: 'https://mueller.example.org',
    tags: ['design', 'signage', 'Schriften'],
    customFields: {
      founded: 1998,
      listed: true,
      rating: 4.5,
      category: 'Kreativwirtschaft',
      [LONG_FIELD]: 'Frau Öztürk',
    },
  }),
  place({
    id: 4,
    name: 'Galerie Ost, "Lichthof"',
    category: 'gallery',
    longitude: 14.9923,
    latitude: 51.1539,
    customFields: { founded: 2011, listed: false, sources: 'Katalog 2012\nKatalog 2019' },
  }),
  place({
    id: 5,
    name: 'Stadtführungen Görlitz',
    category: 'guide',
    longitude: 14.9885,
    latitude: 51.1571,
    customFields: { rating: 5, [LONG_FIELD]: 'Herr Nowak' },
  }),
  place({
    id: 6,
    name: 'Theater Görlitz',
    category: 'theatre-venue',
    longitude: 14.9837,
    latitude: 51.1534,
    address: 'Demianiplatz 2',
  }),
];

export const EXPORT_DATA: ExportData = {
  projectName: 'Görlitz – Altstadt & Nikolaivorstadt',
  places: PLACES,
  quarters: [
    {
      id: 1,
      name: 'Nikolaivorstadt <Kern>',
      kind: 'cultural-quarter',
      description: 'Historischer Kern',
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [14.982, 51.152],
            [14.994, 51.152],
            [14.994, 51.158],
            [14.982, 51.158],
            [14.982, 51.152],
          ],
        ],
      },
    },
  ],
  routes: [
    {
      id: 1,
      name: 'Tuchmacher-Weg',
      mode: 'walk',
      description: 'Vom Theater zur Tuchfabrik & weiter',
      // Stored out of order: the writers must follow `position`.
      stops: [
        { placeId: 1, position: 2, visitMinutes: 0 },
        { placeId: 6, position: 1, visitMinutes: 0 },
        { placeId: 3, position: 3, visitMinutes: 0 },
      ],
      geometry: {
        type: 'LineString',
        coordinates: [
          [14.9837, 51.1534],
          [14.9871, 51.1552],
          [14.9855, 51.1547],
        ],
      },
      lengthMetres: 442.6,
      durationSeconds: 319,
      vias: [],
      speedKmh: null,
      startTime: null,
      legs: [],
    },
    {
      id: 2,
      name: 'Museumsrunde',
      mode: 'bicycle',
      description: '',
      stops: [
        { placeId: 2, position: 1, visitMinutes: 0 },
        { placeId: 4, position: 2, visitMinutes: 0 },
      ],
      geometry: {
        type: 'LineString',
        coordinates: [
          [14.9899, 51.1561],
          [14.9923, 51.1539],
        ],
      },
      lengthMetres: 296.3,
      durationSeconds: 59,
      vias: [],
      speedKmh: null,
      startTime: null,
      legs: [],
    },
  ],
  links: [
    {
      id: 1,
      fromPlaceId: 3,
      toPlaceId: 1,
      type: 'uses-heritage-site',
      note: 'Fotoshooting',
      startDate: null,
      strength: null,
      createdAt: stamp.createdAt,
    },
    {
      id: 2,
      fromPlaceId: 5,
      toPlaceId: 2,
      type: 'project-partner',
      note: '',
      startDate: null,
      strength: null,
      createdAt: stamp.createdAt,
    },
  ],
};
