import path from 'node:path';
import { booleanPointInPolygon, point } from '@turf/turf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../shared/api/contract.js';
import { printViewSearch } from '../../../shared/api/printing.js';
import { createProjectHost } from '../../../electron/services/core/project-host.js';
import type { ProjectServiceImpl as ProjectService } from '../../../electron/services/core/project-service.js';
import { writeSampleProject } from '../../../electron/services/core/sample-project.js';
import type { Quarter } from '../../../shared/model/schemas.js';
import { tempDir } from '../../helpers/temp-dir.js';

// What a printed map shows (issue #16): the sample's old town quarter with what lies around it, or
// a box; every place in view and nothing outside it, the links between places drawn, the names in
// the project's languages; a wrong request is refused with a message a person reads; and the
// address of its print view, and the answer when nothing on this machine prints to PDF.

describe('a printed map’s contents', { timeout: 60_000 }, () => {
  const file = path.join(tempDir('itinera-map-print-'), 'sample.gpkg');
  const host = createProjectHost();
  let service: ProjectService;
  let quarter: Quarter;

  beforeAll(async () => {
    await writeSampleProject(file);
    service = host.open(file);
    quarter = service.listQuarters({})[0]!;
  });
  afterAll(() => host.close());

  it('prints an area with every place in view, its links and routes, the area marked as the one printed', async () => {
    const print = await service.getMapPrint({ areaId: quarter.id, language: null });
    expect(print.area).toMatchObject({ id: quarter.id, name: quarter.name });
    expect(print.areas.filter((area) => area.printed).map((area) => area.id)).toEqual([quarter.id]);
    const [west, south, east, north] = print.bounds;
    const inside = service
      .listPlaces({})
      .filter((place) => booleanPointInPolygon(point([place.longitude, place.latitude]), quarter.geometry));
    expect(inside.length).toBeGreaterThan(5);
    const printed = new Set(print.places.map((place) => place.id));
    for (const place of inside) expect(printed.has(place.id)).toBe(true);
    for (const place of print.places) {
      // Within the area's box grown by a tenth each way.
      expect(place.longitude).toBeGreaterThan(west - (east - west) * 0.11);
      expect(place.latitude).toBeLessThan(north + (north - south) * 0.11);
    }
    expect(print.placesLeftOut).toBe(0);
    expect(print.routes.map((route) => route.name)).toEqual(service.listRoutes({}).map((route) => route.name));
    // Every link between two places drawn, and no other.
    const drawn = service
      .listLinks({})
      .filter((link) => printed.has(link.fromPlaceId) && printed.has(link.toPlaceId))
      .map((link) => [link.id, link.type]);
    expect(drawn.length).toBeGreaterThan(0);
    expect(print.links.map((link) => [link.id, link.type])).toEqual(drawn);
    expect(print.attribution.join(' ')).toMatch(/OpenStreetMap/);
  });

  it('prints a box with only what lies in it', async () => {
    const empty = await service.getMapPrint({ box: [0, 0, 0.01, 0.01], language: null });
    expect(empty).toMatchObject({ area: null, places: [], areas: [], routes: [], links: [] });
    const some = await service.getMapPrint({ box: [15.6, 48.409, 15.606, 48.413], language: null });
    expect(some.places.length).toBeGreaterThan(0);
    for (const place of some.places) {
      expect(place.longitude).toBeGreaterThanOrEqual(15.6);
      expect(place.longitude).toBeLessThanOrEqual(15.606);
    }
  });

  it.each([
    ['neither an area nor a box', {}, /either an area or a box/],
    ['both', { areaId: 1, box: [15.6, 48.4, 15.61, 48.41] }, /either an area or a box/],
    ['a box the wrong way round', { box: [15.61, 48.4, 15.6, 48.41] }, /west edge left of its east edge/],
    ['a latitude beyond the pole', { box: [15.6, 48.4, 15.61, 91] }, /between -90 and 90/],
    ['an area that is not there', { areaId: 999 }, /999/],
    ['a language the project has no texts in', { areaId: 1, language: 'ja' }, /“ja”/],
  ])('refuses %s, saying what is wrong', async (_, payload, message) => {
    const result = await host.dispatch(CHANNELS.getMapPrint, payload);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toMatch(message);
    expect(result.error.message).not.toContain('guides:map:get');
  });

  it('asks for its print view by an address that says the same', () => {
    const search = printViewSearch({
      view: 'map',
      areaId: null,
      box: [15.6, 48.409, 15.606, 48.413],
      paper: 'a3',
      orientation: 'portrait',
      title: 'Around <b>the</b> gate & more',
      content: null,
      report: false,
      locale: 'fr',
    });
    expect(Object.fromEntries(new URLSearchParams(search))).toEqual({
      print: 'map',
      box: '15.6,48.409,15.606,48.413',
      paper: 'a3',
      orientation: 'portrait',
      title: 'Around <b>the</b> gate & more',
      lang: 'fr',
    });
  });

  it('says what to install when nothing on this machine can make a PDF, and prints nothing', async () => {
    const request = { view: 'map', areaId: quarter.id, locale: 'de' };
    const result = await host.dispatch(CHANNELS.printToPdf, { request });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toMatch(/Chromium/);
  });
});
