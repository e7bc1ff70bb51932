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
import { english } from '../../helpers/labels.js';
import { ApiError } from '../../../shared/api/errors.js';
import { PrintPageError } from '../../../electron/serve/chromium-pdf.js';
import { createPrintingService } from '../../../electron/services/printing/printing-service.js';

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

  it('widens what it shows to the printed map’s shape, so the places listed are the places drawn', async () => {
    const box: [number, number, number, number] = [15.6, 48.409, 15.606, 48.413];
    const mercator = (latitude: number) => Math.log(Math.tan(Math.PI / 4 + (latitude * Math.PI) / 360));
    const aspectOf = ([west, south, east, north]: number[]) =>
      ((east! - west!) * Math.PI) / 180 / (mercator(north!) - mercator(south!));
    for (const aspect of [0.7, 1.5, 3]) {
      const print = await service.getMapPrint({ box, language: null, aspect });
      const [west, south, east, north] = print.bounds;
      expect(aspectOf(print.bounds)).toBeCloseTo(aspect, 6);
      // The box asked for stays whole inside, centred.
      expect(west).toBeLessThanOrEqual(box[0]);
      expect(east).toBeGreaterThanOrEqual(box[2]);
      expect(south).toBeLessThanOrEqual(box[1]);
      expect(north).toBeGreaterThanOrEqual(box[3]);
      expect((west + east) / 2).toBeCloseTo((box[0] + box[2]) / 2, 9);
      // Every place drawn is listed, and no other.
      const inside = service
        .listPlaces({})
        .filter((p) => p.longitude >= west && p.longitude <= east && p.latitude >= south && p.latitude <= north);
      expect(print.places.map((p) => p.id).sort()).toEqual(inside.map((p) => p.id).sort());
    }
    const wide = await service.getMapPrint({ box, language: null, aspect: 3 });
    const narrow = await service.getMapPrint({ box, language: null });
    expect(wide.places.length).toBeGreaterThan(narrow.places.length);
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

  it('refuses a print to PDF of a map of neither an area nor a box', async () => {
    const result = await host.dispatch(CHANNELS.printToPdf, {
      request: { view: 'map', areaId: null, box: null, locale: 'en' },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/either an area or a box/);
  });

  it('says a browser that stopped in words, not with its command line or temporary files', async () => {
    const printing = createPrintingService(() => async () => {
      throw new PrintPageError('browser', 'Command failed: /usr/bin/electron /tmp/itinera-print-x/print.pdf');
    });
    const refusal = await printing
      .printToPdf({ request: { view: 'map', areaId: 1, box: null } } as never)
      .catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ApiError);
    const message = english((refusal as ApiError).detail);
    expect(message).toMatch(/^The browser that makes the PDF stopped before it was done\./);
    expect(message).not.toMatch(/tmp|electron|Command/);
  });

  it('says what to install when nothing on this machine can make a PDF, and prints nothing', async () => {
    const request = { view: 'map', areaId: quarter.id, locale: 'de' };
    const result = await host.dispatch(CHANNELS.printToPdf, { request });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toMatch(/Chromium/);
  });
});
