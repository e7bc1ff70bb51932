import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { pointToLineDistance } from '@turf/turf';
import type { LineString } from 'geojson';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, type UndoState } from '../../shared/api/contract.js';
import { decodeGeometry } from '../../shared/codecs/gpkg-geometry.js';
import type { Place, Route } from '../../shared/model/schemas.js';
import { openSampleInChromium, waitForMapIdle, type SampleSession } from '../helpers/browser.js';
import { ROOT } from '../helpers/cli.js';
import { english } from '../helpers/labels.js';
import { tempDir } from '../helpers/temp-dir.js';
import { makeDemMbtiles } from '../helpers/tile-files.js';
import { haveTools } from '../helpers/tools.js';
import { accessibilityProblems } from '../helpers/accessibility.js';

// Cultural routes in the renderer, in Chromium against `itinera serve` on a copy of the sample
// (its Krems walking network): a route drawn through four places follows the streets, its panel
// measures it, its stops are reordered by a real pointer drag and by the keyboard, the best order
// is proposed with what it saves and kept, it is renamed, deleted and brought back by undo; the
// elevation profile appears once an elevation file is added; places along the route and a
// proposed tour become stops. Screenshots of the panel (English and the pseudo-locale) are
// written to .cache/e2e/ to be looked at.

const tools = haveTools('chromium');
const SHOTS = path.join(ROOT, '.cache', 'e2e');
const KREMS: [number, number, number, number] = [15.59, 48.404, 15.62, 48.42];
/** How long a poll waits for the page (software WebGL on two busy cores is slow). */
const WAIT = { timeout: 15_000 };

interface MapHooks {
  __itinera: {
    map: {
      querySourceFeatures(source: string): { id?: number | string; properties: Record<string, unknown> }[];
      queryRenderedFeatures(options?: { layers: string[] }): { properties: Record<string, unknown> }[];
      getFeatureState(feature: { source: string; id: number }): Record<string, unknown>;
      project(position: [number, number]): { x: number; y: number };
      getCanvas(): HTMLCanvasElement;
      jumpTo(options: { center?: [number, number]; zoom?: number }): void;
    };
    placeScreenPoint(id: number): { x: number; y: number };
  };
}

describe.runIf(tools)('cultural routes in Chromium (serve mode)', () => {
  let session: SampleSession;
  let page: Page;
  let edges: [number, number][][];
  let routeId: number;
  let straightRouteId: number;

  async function call<T>(channel: string, body: unknown = {}): Promise<T> {
    const response = await fetch(`${session.serve.origin}/api/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-itinera-token': session.serve.token },
      body: JSON.stringify(body),
    });
    const envelope = (await response.json()) as { ok: boolean; value: T; error?: { message: string } };
    expect(envelope.ok, envelope.error?.message).toBe(true);
    return envelope.value;
  }
  const route = async () => (await call<Route[]>(CHANNELS.listRoutes)).find((entry) => entry.id === routeId);
  const stopIds = async () => (await route())?.stops.map((stop) => stop.placeId);
  const panelStopNames = () => page.getByTestId('route-stop').locator('.route-stop__name').allTextContents();

  /** A click as a user makes it: the pointer moves there first (terra-draw follows the moves). */
  async function clickAt(x: number, y: number): Promise<void> {
    await page.mouse.move(x, y, { steps: 3 });
    await page.mouse.click(x, y);
    await page.waitForTimeout(150);
  }
  const placePoint = (id: number) =>
    page.evaluate((placeId) => (window as unknown as MapHooks).__itinera.placeScreenPoint(placeId), id);

  /**
   * The whole route panel in one picture (to be looked at): the window is made as tall as the
   * sidebar's content, with the map hidden meanwhile (software WebGL would draw all of it).
   */
  async function panelPicture(target: Page, file: string): Promise<void> {
    const hideMap = await target.addStyleTag({ content: '.map-area { display: none; }' });
    const height = await target.evaluate(() => document.querySelector('.sidebar')!.scrollHeight);
    await target.setViewportSize({ width: 1280, height: height + 20 });
    const box = (await target.getByTestId('route-panel').boundingBox())!;
    await target.screenshot({
      path: path.join(SHOTS, file),
      clip: { x: 0, y: 0, width: 400, height: box.y + box.height + 8 },
    });
    await target.setViewportSize({ width: 1280, height: 800 });
    await hideMap.evaluate((element) => element.parentNode?.removeChild(element));
  }

  async function openRoute(id: number): Promise<void> {
    if ((await page.getByTestId('route-panel').count()) > 0) await page.getByTestId('close-route-panel-button').click();
    await page.locator(`[data-testid="routes-list-item"][data-route-id="${id}"]`).click();
    await page.getByTestId('route-panel').waitFor();
  }

  beforeAll(async () => {
    session = await openSampleInChromium(tempDir('itinera-e2e-routes-'), {
      // A place two kilometres out of town, where the sample's network does not reach, and a
      // route to it from Gozzoburg: its leg can only be a straight line.
      prepare: async (serve) => {
        const post = async <T>(channel: string, body: unknown): Promise<T> => {
          const response = await fetch(`${serve.origin}/api/${channel}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-itinera-token': serve.token },
            body: JSON.stringify(body),
          });
          return ((await response.json()) as { value: T }).value;
        };
        const far = await post<Place>(CHANNELS.createPlace, {
          name: 'Göttweig lookout',
          category: 'public-space',
          longitude: 15.64,
          latitude: 48.4,
        });
        const straight = await post<Route>(CHANNELS.createRoute, { name: 'Ausblick', stopPlaceIds: [1, far.id] });
        expect(straight.legs[0]).toMatchObject({ kind: 'straight', reason: 'off-network' });
        straightRouteId = straight.id;
      },
    });
    page = session.page;
    const db = new Database(session.project, { readonly: true });
    edges = (db.prepare('SELECT geom FROM network_edges').all() as { geom: Buffer }[]).map(
      (row) => (decodeGeometry(row.geom).geometry as LineString).coordinates as [number, number][],
    );
    db.close();
    fs.mkdirSync(SHOTS, { recursive: true });
  }, 180_000);

  afterAll(() => session?.close());

  it('draws a route through four places: its line lies on the network, the panel shows length and walking time', async () => {
    // The old town up close (the lookout out of town made the first view wide, with clusters).
    await page.evaluate(() =>
      (window as unknown as MapHooks).__itinera.map.jumpTo({ center: [15.6015, 48.4111], zoom: 16.3 }),
    );
    await waitForMapIdle(page);
    await page.getByTestId('tool-route').click();
    // Bürgerspitalskirche, Simandlbrunnen, Pfarrkirche St. Veit, Dreifaltigkeitssäule: a zigzag.
    const stops = [3, 5, 2, 4];
    const points = [];
    for (const id of stops) points.push(await placePoint(id));
    for (const point of points) await clickAt(point.x + 1, point.y - 1);
    await clickAt(points[3]!.x + 1, points[3]!.y - 1); // the last stop again finishes the line
    await page.getByTestId('new-route-form').waitFor(WAIT);
    await page.getByTestId('new-route-name-input').fill('Kirchenweg');
    await page.getByTestId('new-route-form-save').click();
    // Saved, the route opens in its panel on the plain map.
    await page.getByTestId('route-panel').waitFor({ timeout: 15_000 });
    const saved = (await call<Route[]>(CHANNELS.listRoutes)).find((entry) => entry.name === 'Kirchenweg')!;
    routeId = saved.id;
    expect(saved.stops.map((stop) => stop.placeId)).toEqual(stops);
    expect(saved.legs.every((leg) => leg.kind === 'network')).toBe(true);
    expect(saved.geometry.coordinates.length).toBeGreaterThan(10);
    for (const position of saved.geometry.coordinates) {
      const nearest = Math.min(
        ...edges.map((edge) =>
          pointToLineDistance(position, { type: 'LineString', coordinates: edge }, { units: 'meters' }),
        ),
      );
      expect(nearest, `vertex ${position.join(', ')}`).toBeLessThan(1);
    }
    await expect(page.getByTestId('route-panel-title').textContent()).resolves.toBe('Kirchenweg');
    await expect(page.getByTestId('route-summary-length').textContent()).resolves.toBe(
      `Length${Math.round(saved.lengthMetres)} m`,
    );
    await expect(page.getByTestId('route-summary-time').textContent()).resolves.toBe(
      `Walking time${Math.round(saved.durationSeconds / 60)} min`,
    );
    // Per leg too, and the directions in words.
    const segments = await page.getByTestId('route-segment').allTextContents();
    expect(segments).toHaveLength(3);
    expect(segments[0]).toMatch(/^\d+ m, \d+ minutes? on foot$/);
    await page.getByTestId('route-directions').first().locator('summary').click();
    const steps = await page
      .getByTestId('route-directions')
      .first()
      .getByTestId('route-direction-step')
      .allTextContents();
    expect(steps[0]).toMatch(/^Head (north|south|east|west|north-east|north-west|south-east|south-west) on .+, \d+ m$/);
    expect(steps.at(-1)).toBe('Arrive at Simandlbrunnen');
    // The map draws the open route wider (feature-state on its legs) and numbers its stops.
    await waitForMapIdle(page);
    const drawn = await page.evaluate((id) => {
      const { map } = (window as unknown as MapHooks).__itinera;
      const legs = map.querySourceFeatures('routes').filter((feature) => feature.properties['routeId'] === id);
      return {
        legs: new Set(legs.map((feature) => feature.id)).size,
        selected: legs.every(
          (feature) => map.getFeatureState({ source: 'routes', id: feature.id as number })['selected'],
        ),
        numbers: map.querySourceFeatures('route-stops').map((feature) => feature.properties['number']),
      };
    }, routeId);
    expect(drawn.legs).toBe(3);
    expect(drawn.selected).toBe(true);
    expect(new Set(drawn.numbers)).toEqual(new Set(['1', '2', '3', '4']));
  }, 180_000);

  it('finds the best order, shows what it saves, and keeps it in one undo step', async () => {
    const before = (await route())!;
    await page.getByTestId('best-order-button').click();
    const result = page.getByTestId('best-order-result');
    await result.waitFor({ timeout: 15_000 });
    await expect(page.getByTestId('best-order-savings').textContent()).resolves.toMatch(/^Saves \d+ m and \d+ min\.$/);
    await expect(result.textContent()).resolves.toContain('Bürgerspitalskirche → Dreifaltigkeitssäule');
    // The proposed line is drawn on the map until it is kept or dropped.
    await waitForMapIdle(page);
    const previewed = await page.evaluate(
      () => (window as unknown as MapHooks).__itinera.map.querySourceFeatures('route-preview').length,
    );
    expect(previewed).toBeGreaterThan(0);
    await page.getByTestId('best-order-keep').click();
    await expect.poll(stopIds, WAIT).toEqual([3, 4, 2, 5]);
    const after = (await route())!;
    expect(after.lengthMetres).toBeLessThan(before.lengthMetres);
    expect(english((await call<UndoState>(CHANNELS.getUndoState)).undoLabel)).toBe('Edit route Kirchenweg');
    await expect
      .poll(panelStopNames, WAIT)
      .toEqual(['Bürgerspitalskirche', 'Dreifaltigkeitssäule', 'Pfarrkirche St. Veit', 'Simandlbrunnen']);
    await expect(page.getByTestId('best-order-result').count()).resolves.toBe(0);
  }, 180_000);

  it('reorders the stops with a real pointer drag of the grip: the order and the line change', async () => {
    const before = (await route())!;
    const grip = page.getByTestId('route-stop-grip').nth(3); // Simandlbrunnen, last
    const target = page.getByTestId('route-stop').nth(1); // Dreifaltigkeitssäule
    const from = (await grip.boundingBox())!;
    const to = (await target.boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2, to.y + 4, { steps: 12 });
    await expect(page.locator('.route-stop--drop-before').count()).resolves.toBe(1);
    await page.mouse.up();
    await expect.poll(stopIds, WAIT).toEqual([3, 5, 4, 2]);
    const after = (await route())!;
    expect(after.geometry.coordinates).not.toEqual(before.geometry.coordinates);
    await expect
      .poll(panelStopNames, WAIT)
      .toEqual(['Bürgerspitalskirche', 'Simandlbrunnen', 'Dreifaltigkeitssäule', 'Pfarrkirche St. Veit']);
  }, 180_000);

  it('reorders with the keyboard alone: the up button and the arrow keys on the grip, focus kept on the stop', async () => {
    // Dreifaltigkeitssäule (third) one up with its ↑ button, pressed with Enter.
    await page.getByTestId('route-stop-up').nth(2).focus();
    await page.keyboard.press('Enter');
    await expect.poll(stopIds, WAIT).toEqual([3, 4, 5, 2]);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')), WAIT)
      .toBe('Move “Dreifaltigkeitssäule” up');
    // Pfarrkirche St. Veit (last) up with the arrow key on its grip.
    await page.getByTestId('route-stop-grip').nth(3).focus();
    await page.keyboard.press('ArrowUp');
    await expect.poll(stopIds, WAIT).toEqual([3, 4, 2, 5]);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')), WAIT)
      .toMatch(/^Move “Pfarrkirche St. Veit” \(stop 3\)/);
  }, 180_000);

  it('keeps visit minutes and a start time, and shows the arrival at each stop', async () => {
    await page.getByTestId('route-stop-visit').nth(1).fill('15');
    await page.getByTestId('route-stop-visit').nth(1).press('Enter');
    await expect.poll(async () => (await route())?.stops.map((stop) => stop.visitMinutes), WAIT).toEqual([0, 15, 0, 0]);
    await page.getByTestId('route-start-time-input').fill('10:00');
    await page.getByTestId('route-form-save').click();
    await expect.poll(async () => (await route())?.startTime, WAIT).toBe('10:00');
    const times = page.getByTestId('route-stop-times');
    await expect.poll(() => times.count(), WAIT).toBe(4);
    await expect(times.nth(0).textContent()).resolves.toBe('Passes at 10:00 AM');
    await expect(times.nth(1).textContent()).resolves.toMatch(/^Arrives 10:0\d AM, leaves 10:[12]\d AM$/);
    await expect(page.getByTestId('route-summary-visits').textContent()).resolves.toBe('Time at the stops15 min');
  }, 180_000);

  it("adds stops: a place clicked on the map while the route is open, one along the route, one from a stop's Nearby list", async () => {
    const point = await placePoint(6); // Pfarrplatz, beside the old town's churches
    await clickAt(point.x, point.y);
    await expect.poll(async () => (await stopIds())?.includes(6), WAIT).toBe(true);
    await expect
      .poll(() => page.getByTestId('status-message').textContent(), WAIT)
      .toMatch(/“Pfarrplatz” added to “Kirchenweg” as stop \d\./);
    // The places along the route list it as a stop now; one of the others is added with one click.
    const along = page.getByTestId('places-along');
    await expect
      .poll(() => along.locator('[data-testid="along-item"][data-place-id="6"]').textContent(), WAIT)
      .toContain('Stop');
    const addable = along.getByTestId('along-add-button').first();
    const placeId = Number(await addable.locator('xpath=..').getAttribute('data-place-id'));
    await addable.click();
    await expect.poll(async () => (await stopIds())?.includes(placeId), WAIT).toBe(true);

    // From a stop's own panel: its Nearby list adds a firm or operator to the route, and its
    // Routes section says which stop of the route it is.
    await page.getByTestId('close-route-panel-button').click();
    const church = await placePoint(2); // Pfarrkirche St. Veit
    await clickAt(church.x, church.y);
    await page.getByTestId('place-panel').waitFor();
    await expect.poll(() => page.getByTestId('place-routes').textContent(), WAIT).toMatch(/Kirchenweg\s*stop \d of \d/);
    const nearbyAdd = page.getByTestId('nearby-add-stop-button').first();
    await nearbyAdd.waitFor(WAIT);
    const nearbyId = Number(await nearbyAdd.locator('xpath=ancestor::li').getAttribute('data-place-id'));
    await expect(nearbyAdd.getAttribute('aria-label')).resolves.toMatch(/^Add “.+” as a stop of “Kirchenweg”$/);
    await nearbyAdd.click();
    await expect.poll(async () => (await stopIds())?.includes(nearbyId), WAIT).toBe(true);
    // The Routes section opens the route again.
    await page.getByTestId('place-routes').getByRole('button', { name: 'Kirchenweg' }).click();
    await page.getByTestId('route-panel').waitFor();
  }, 180_000);

  it('renames the route, deletes it, and undo brings it back with its stops', async () => {
    const before = (await route())!;
    await page.getByTestId('route-name-input').fill('Kirchen und Brunnen');
    await page.getByTestId('route-form-save').click();
    await expect.poll(async () => (await route())?.name, WAIT).toBe('Kirchen und Brunnen');
    await expect.poll(() => page.getByTestId('route-panel-title').textContent(), WAIT).toBe('Kirchen und Brunnen');

    await page.getByTestId('delete-route-button').click();
    await page.getByTestId('confirm-delete-route-button').click();
    await page.getByTestId('route-panel').waitFor({ state: 'hidden', timeout: 10_000 });
    await expect.poll(route, WAIT).toBeUndefined();
    await expect
      .poll(() => page.getByTestId('status-message').textContent(), WAIT)
      .toContain('Route “Kirchen und Brunnen” deleted.');
    await expect(page.locator(`[data-testid="routes-list-item"][data-route-id="${routeId}"]`).count()).resolves.toBe(0);

    await page.getByTestId('undo-button').click();
    await expect.poll(route, WAIT).toBeDefined();
    const back = (await route())!;
    expect(back.name).toBe('Kirchen und Brunnen');
    expect(back.stops).toEqual(before.stops);
    expect(back.geometry.coordinates).toEqual(before.geometry.coordinates);
    await page.locator(`[data-testid="routes-list-item"][data-route-id="${routeId}"]`).waitFor(WAIT);
  }, 180_000);

  it('opens a route by a click on its line (not on a place); dragging its line adds a via point, which can be taken away', async () => {
    const back = (await route())!;
    // A vertex in the middle of the longest leg: on the line, away from the stops.
    const leg = [...back.legs].sort((a, b) => b.lengthMetres - a.lengthMetres)[0]!;
    const vertex = leg.coordinates[Math.floor(leg.coordinates.length / 2)]!;
    const point = await page.evaluate((position) => {
      const { map } = (window as unknown as MapHooks).__itinera;
      const projected = map.project(position);
      const box = map.getCanvas().getBoundingClientRect();
      return { x: box.left + projected.x, y: box.top + projected.y };
    }, vertex);
    await clickAt(point.x, point.y);
    await page.getByTestId('route-panel').waitFor(WAIT);
    await expect(page.getByTestId('route-panel').getAttribute('data-route-id')).resolves.toBe(String(routeId));

    // Dragging the open route's line makes it pass where it is dropped (a via point, one undo step).
    await page.mouse.move(point.x, point.y);
    await page.mouse.down();
    await page.mouse.move(point.x + 30, point.y + 45, { steps: 10 });
    await page.mouse.up();
    await expect.poll(async () => (await route())?.vias.length, WAIT).toBe(1);
    expect((await route())!.geometry.coordinates).not.toEqual(back.geometry.coordinates);
    await expect.poll(() => page.getByTestId('route-segment-vias').count(), WAIT).toBe(1);
    await expect(page.getByTestId('route-segment-vias').textContent()).resolves.toMatch(
      /^Through 1 point the line was dragged to\./,
    );
    expect(english((await call<UndoState>(CHANNELS.getUndoState)).undoLabel)).toBe('Edit route Kirchen und Brunnen');
    await page.getByTestId('route-segment-remove-vias').click();
    await expect.poll(async () => (await route())?.vias.length, WAIT).toBe(0);
    expect((await route())!.geometry.coordinates).toEqual(back.geometry.coordinates);
  }, 180_000);

  it('draws a leg the network cannot make dashed, and says why in the panel', async () => {
    await openRoute(straightRouteId);
    await expect(page.getByTestId('route-straight-warning').textContent()).resolves.toBe(
      '1 leg is a straight line, not a path on the map: drawn dashed.',
    );
    await expect(page.getByTestId('route-segment-straight').textContent()).resolves.toBe(
      'Straight line, not a path: a stop is away from the mapped paths.',
    );
    // Its leg leaves the old town from Gozzoburg, in view: drawn by the dashed layer.
    const dashed = () =>
      page.evaluate(() =>
        (window as unknown as MapHooks).__itinera.map
          .queryRenderedFeatures({ layers: ['routes-straight'] })
          .map((feature) => feature.properties['routeId']),
      );
    await expect.poll(dashed, WAIT).toContain(straightRouteId);
    await page.getByTestId('close-route-panel-button').click();
  }, 180_000);

  it('lists the routes in a tab of the table, with stops, length, time and straight legs; a row opens its route', async () => {
    await page.getByTestId('table-button').click();
    await page.getByTestId('table-tab-routes').click();
    const row = page.locator('[data-testid="table-row"]', {
      has: page.locator('[data-column="name"]', { hasText: 'Ausblick' }),
    });
    await row.waitFor(WAIT);
    const cell = (column: string) => row.locator(`[data-column="${column}"]`).textContent();
    await expect(cell('stops')).resolves.toBe('2');
    await expect(cell('straightLegs')).resolves.toBe('1');
    await expect(cell('length')).resolves.toMatch(/^\d+(\.\d)? km$/);
    await expect(cell('mode')).resolves.toBe('On foot');
    await row.click();
    await page.getByTestId('route-panel').waitFor();
    await expect(page.getByTestId('route-panel-title').textContent()).resolves.toBe('Ausblick');
    await page.getByTestId('close-route-panel-button').click();
    await page.getByTestId('table-close').click();
  }, 180_000);

  it("measures a place's Nearby list on foot along the streets when asked, each distance marked so", async () => {
    await page.getByTestId('search-input').fill('Gozzoburg');
    await page.getByTestId('search-result').first().click();
    await page.getByTestId('nearby-panel').waitFor();
    await page.getByTestId('nearby-distance-select').selectOption('500');
    const distances = () => page.getByTestId('nearby-distance').allTextContents();
    await expect.poll(async () => (await distances()).length, WAIT).toBeGreaterThan(0);
    expect((await distances()).every((text) => /^\d[\d,]* m$/.test(text))).toBe(true);
    await page.getByTestId('nearby-measure-select').selectOption('walking');
    await expect
      .poll(async () => {
        const texts = await distances();
        return texts.length > 0 && texts.every((text) => /^\d[\d,]* m on foot$/.test(text));
      }, WAIT)
      .toBe(true);
    await page.getByTestId('close-place-panel-button').click();
  }, 180_000);

  it('shows the elevation profile once the project has an elevation file; hovering it marks the spot on the map', async () => {
    const dem = makeDemMbtiles(tempDir('itinera-e2e-routes-dem-'), {
      encoding: 'terrarium',
      area: KREMS,
      name: 'krems-dem.mbtiles',
    });
    const staged = await call<{ stagedId: string }>(CHANNELS.stageBasemapFile, {
      fileName: 'krems-dem.mbtiles',
      contentBase64: fs.readFileSync(dem).toString('base64'),
    });
    await call(CHANNELS.addBasemapFile, { stagedId: staged.stagedId });
    // Opening the route reads its details again: now with the climbs.
    await openRoute(routeId);
    const chart = page.getByTestId('elevation-chart');
    await chart.waitFor({ timeout: 15_000 });
    const points = (await chart.getByTestId('elevation-line').getAttribute('points'))!.split(' ');
    expect(points.length).toBeGreaterThan(10);
    await expect(page.getByTestId('route-summary-ascent').textContent()).resolves.toMatch(/^Ascent\d+ m$/);
    await expect(page.getByTestId('route-segment').first().textContent()).resolves.toMatch(/\d+ m up, \d+ m down$/);
    const box = (await chart.locator('svg').boundingBox())!;
    await chart.locator('svg').scrollIntoViewIfNeeded();
    const svg = (await chart.locator('svg').boundingBox())!;
    expect(svg.width).toBeCloseTo(box.width, 0);
    await page.mouse.move(svg.x + svg.width * 0.6, svg.y + svg.height / 2, { steps: 4 });
    await expect(page.getByTestId('elevation-readout').textContent()).resolves.toMatch(
      /^\d+ m above sea level, [\d.,]+ (m|km) from the start$/,
    );
    await chart.getByTestId('elevation-marker').waitFor();
    await waitForMapIdle(page);
    const marked = () =>
      page.evaluate(() => (window as unknown as MapHooks).__itinera.map.querySourceFeatures('route-hover').length);
    expect(await marked()).toBeGreaterThan(0);
    await chart.screenshot({ path: path.join(SHOTS, 'route-elevation.png') });
    await panelPicture(page, 'route-panel.png');
    // Leaving the chart takes the mark off the map.
    await page.mouse.move(svg.x - 40, svg.y - 40);
    await expect.poll(marked, WAIT).toBe(0);
  }, 180_000);

  it('proposes a tour from a place with the scores shown, and creates it as a round trip', async () => {
    await page.getByTestId('close-route-panel-button').click();
    await page.getByTestId('propose-tour-button').click();
    const dialog = page.getByTestId('tour-dialog');
    await dialog.waitFor();
    await dialog.getByTestId('tour-start-select').selectOption({ label: 'Hotel Klinglhuber' });
    await dialog.getByTestId('tour-minutes-input').fill('45');
    await dialog.getByTestId('tour-propose-button').click();
    await dialog.getByTestId('tour-proposal').waitFor({ timeout: 15_000 });
    const stops = await dialog.getByTestId('tour-stop').count();
    expect(stops).toBeGreaterThan(2);
    expect(await dialog.getByTestId('tour-score').allTextContents()).toContainEqual(expect.stringMatching(/^score \d/));
    await dialog.getByTestId('tour-name-input').fill('Rundgang ab Hotel');
    await dialog.getByTestId('tour-accept-button').click();
    await dialog.waitFor({ state: 'hidden', timeout: 10_000 });
    await page.getByTestId('route-panel').waitFor();
    const tour = (await call<Route[]>(CHANNELS.listRoutes)).find((entry) => entry.name === 'Rundgang ab Hotel')!;
    expect(tour.stops).toHaveLength(stops);
    expect(tour.stops[0]!.placeId).toBe(11);
    expect(tour.stops.at(-1)!.placeId).toBe(11);
    expect(tour.stops.slice(1, -1).every((stop) => stop.visitMinutes === 10)).toBe(true);
  }, 180_000);

  it('lays the panel out without overflow in the pseudo-locale (texts 40% longer)', async () => {
    const pseudo = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      await pseudo.goto(`${session.serve.url}&e2e=1&lang=en-XA`);
      await waitForMapIdle(pseudo);
      await pseudo.locator(`[data-testid="routes-list-item"][data-route-id="${routeId}"]`).click();
      await pseudo.getByTestId('elevation-chart').waitFor({ timeout: 15_000 });
      await pseudo.getByTestId('route-directions').first().locator('summary').click();
      await expect(pseudo.getByTestId('route-summary-length').textContent()).resolves.toMatch(/^\[Ļ/);
      const outside = await pseudo.evaluate(() => {
        const panel = document.querySelector('[data-testid="route-panel"]')!;
        const box = panel.getBoundingClientRect();
        return Array.from(panel.querySelectorAll('*'))
          .filter((element) => {
            const rect = element.getBoundingClientRect();
            return rect.width > 0 && (rect.right > box.right + 1 || rect.left < box.left - 1);
          })
          .map((element) => element.outerHTML.slice(0, 120));
      });
      expect(outside).toEqual([]);
      await panelPicture(pseudo, 'route-panel-en-XA.png');
    } finally {
      await pseudo.close();
    }
  }, 240_000);

  it('names every control of the route panel and the tour dialog for assistive technology', async () => {
    await openRoute(routeId);
    expect(await accessibilityProblems(page, '[data-testid="route-panel"]')).toEqual([]);
    await page.getByTestId('close-route-panel-button').click();
    await page.getByTestId('propose-tour-button').click();
    expect(await accessibilityProblems(page, '[data-testid="tour-dialog"]')).toEqual([]);
    await page.keyboard.press('Escape');
  }, 180_000);
});
