import fs from 'node:fs';
import path from 'node:path';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, type MapStyleSettings } from '../../shared/api/contract.js';
import type { Link, Quarter } from '../../shared/model/schemas.js';
import { openSampleInChromium, waitForMapIdle, type SampleSession } from '../helpers/browser.js';
import { ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { haveTools } from '../helpers/tools.js';
import { english } from '../helpers/labels.js';
import type { UndoState } from '../../shared/api/contract.js';

// Drawing, linking and styling in Chromium against `itinera serve` on a copy of the sample:
// what a user draws or picks on the map is saved through the API and still there after a reload;
// places styled by sector, and by the number of links (screenshots in .cache/e2e/).

const tools = haveTools('chromium');
const SHOTS = path.join(ROOT, '.cache', 'e2e');

interface MapHooks {
  __itinera: {
    map: {
      querySourceFeatures(source: string): { id?: number | string; properties: Record<string, unknown> }[];
      getFeatureState(feature: { source: string; id: number }): Record<string, unknown>;
      getPaintProperty(layer: string, property: string): unknown;
      getZoom(): number;
      jumpTo(options: { zoom: number }): void;
      queryRenderedFeatures(options?: { layers: string[] }): { id?: number; properties: Record<string, unknown> }[];
    };
    placeScreenPoint(id: number): { x: number; y: number };
  };
}

describe.runIf(tools)('drawing, links and styling in Chromium (serve mode)', () => {
  let session: SampleSession;
  let page: Page;

  async function call<T>(channel: string, body: unknown = {}): Promise<T> {
    const response = await fetch(`${session.serve.origin}/api/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-itinera-token': session.serve.token },
      body: JSON.stringify(body),
    });
    const envelope = (await response.json()) as { ok: boolean; value: T };
    expect(envelope.ok).toBe(true);
    return envelope.value;
  }

  /** A click as a user makes it: the pointer moves there first (terra-draw follows the moves). */
  async function clickAt(x: number, y: number): Promise<void> {
    await page.mouse.move(x, y, { steps: 3 });
    await page.mouse.click(x, y);
    await page.waitForTimeout(150);
  }

  async function reload(): Promise<void> {
    await page.reload();
    await waitForMapIdle(page);
  }

  beforeAll(async () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    session = await openSampleInChromium(tempDir('itinera-e2e-draw-'));
    page = session.page;
    page.on('dialog', (dialog) => void dialog.accept());
  }, 120_000);

  afterAll(() => session?.close());

  it('draws a quarter by clicking its corners, asks its name and kind, and keeps it after a reload', async () => {
    const before = await call<Quarter[]>(CHANNELS.listQuarters);
    await page.getByTestId('tool-area').click();
    await expect(page.getByTestId('map-hint').textContent()).resolves.toMatch(/corners of the area/);
    // An empty stretch east of the old town (the map is 1280 × 800, the sidebar 360 wide).
    const corners: [number, number][] = [
      [1050, 450],
      [1200, 460],
      [1190, 620],
      [1040, 600],
    ];
    for (const [x, y] of corners) await clickAt(x, y);
    await clickAt(...corners[0]!); // closing on the first corner finishes the outline
    await page.getByTestId('new-area-form').waitFor({ timeout: 10_000 });
    await page.getByTestId('new-area-name-input').fill('Hafenviertel');
    await page.getByTestId('new-area-kind-select').selectOption('shared-creative-space');
    await page.getByTestId('new-area-form-save').click();
    await page.getByTestId('new-area-form').waitFor({ state: 'hidden', timeout: 10_000 });

    const after = await call<Quarter[]>(CHANNELS.listQuarters);
    expect(after).toHaveLength(before.length + 1);
    const drawn = after.find((quarter) => quarter.name === 'Hafenviertel');
    expect(drawn?.kind).toBe('shared-creative-space');
    expect(drawn?.geometry.coordinates[0]).toHaveLength(5);
    // The corners are where they were clicked: inside the old town's longitude band, east of it.
    const ring = drawn!.geometry.coordinates[0]!;
    expect(ring[0]).toEqual(ring[4]);

    await reload();
    const shown = await page.evaluate(() =>
      (window as unknown as MapHooks).__itinera.map
        .querySourceFeatures('quarters')
        .map((feature) => feature.properties['name']),
    );
    expect(shown).toContain('Hafenviertel');
  }, 90_000);

  it('refuses a self-intersecting outline with a message and saves nothing', async () => {
    const before = await call<Quarter[]>(CHANNELS.listQuarters);
    await page.getByTestId('tool-area').click();
    // A bow tie: the second edge crosses the fourth.
    const corners: [number, number][] = [
      [1000, 200],
      [1150, 320],
      [1150, 200],
      [1000, 320],
    ];
    for (const [x, y] of corners) await clickAt(x, y);
    await clickAt(...corners[0]!);
    const alert = page.getByTestId('error-message');
    await alert.waitFor({ timeout: 10_000 });
    await expect(alert.textContent()).resolves.toMatch(/outline crosses itself/);
    await expect(page.getByTestId('new-area-form').count()).resolves.toBe(0);
    expect(await call<Quarter[]>(CHANNELS.listQuarters)).toHaveLength(before.length);
    // Esc leaves the tool.
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('tool-area').getAttribute('aria-pressed')).resolves.toBe('false');
  }, 90_000);

  it('links two places picked on the map: saved, listed in the panel, drawn and highlighted', async () => {
    const before = await call<Link[]>(CHANNELS.listLinks);
    // Gozzoburg (1) and Donau Radreisen (21) are not linked in the sample.
    expect(before.some((link) => [link.fromPlaceId, link.toPlaceId].sort().join() === '1,21')).toBe(false);
    await page.getByTestId('tool-link').click();
    const from = await page.evaluate(() => (window as unknown as MapHooks).__itinera.placeScreenPoint(1));
    await clickAt(from.x, from.y);
    await expect(page.getByTestId('map-hint').textContent()).resolves.toContain('Gozzoburg');
    const to = await page.evaluate(() => (window as unknown as MapHooks).__itinera.placeScreenPoint(21));
    await clickAt(to.x, to.y);
    await page.getByTestId('new-link-form').waitFor({ timeout: 10_000 });
    await expect(page.getByTestId('new-link-form').textContent()).resolves.toContain('Gozzoburg → Donau Radreisen');
    await page.getByTestId('new-link-type-select').selectOption('funder');
    await page.getByTestId('new-link-form-save').click();

    await page.getByTestId('place-links').waitFor({ timeout: 10_000 });
    await expect
      .poll(() => page.getByTestId('place-link').allTextContents(), { timeout: 10_000 })
      .toContainEqual(expect.stringMatching(/Donau Radreisen[\s\S]*Funder/));
    const after = await call<Link[]>(CHANNELS.listLinks);
    const created = after.find((link) => link.fromPlaceId === 1 && link.toPlaceId === 21);
    expect(created?.type).toBe('funder');

    await waitForMapIdle(page);
    const drawn = await page.evaluate((id) => {
      const { map } = (window as unknown as MapHooks).__itinera;
      const feature = map.querySourceFeatures('links').find((candidate) => candidate.id === id);
      return { type: feature?.properties['type'], state: map.getFeatureState({ source: 'links', id }) };
    }, created!.id);
    expect(drawn).toEqual({ type: 'funder', state: expect.objectContaining({ highlight: true }) });
    // The legend names the link type now present.
    await expect(page.getByTestId('legend-link-funder').textContent()).resolves.toMatch(/Funder\s*2/);
  }, 90_000);

  it('draws a route by clicking its stops: the line snaps to the places and becomes the stops', async () => {
    // Zoomed out a little, so no stop sits under a map control (Atelier Kremstal is near the corner).
    await page.evaluate(() => {
      const { map } = (window as unknown as MapHooks).__itinera;
      map.jumpTo({ zoom: map.getZoom() - 0.7 });
    });
    await waitForMapIdle(page);
    await page.getByTestId('tool-route').click();
    const stops = [17, 19, 11];
    const points = [];
    for (const id of stops)
      points.push(
        await page.evaluate((placeId) => (window as unknown as MapHooks).__itinera.placeScreenPoint(placeId), id),
      );
    // A pixel or two off the centre still lands on the place.
    for (const point of points) await clickAt(point.x + 2, point.y - 1);
    await clickAt(points[2]!.x + 2, points[2]!.y - 1); // the last stop again finishes the line
    await page.getByTestId('new-route-form').waitFor({ timeout: 10_000 });
    await expect(page.getByTestId('new-route-form').textContent()).resolves.toContain(
      'Wachau Games → Atelier Kremstal Architektur → Hotel Klinglhuber',
    );
    await page.getByTestId('new-route-name-input').fill('Ostroute');
    await page.getByTestId('new-route-form-save').click();
    await page.getByTestId('new-route-form').waitFor({ state: 'hidden', timeout: 10_000 });
    const routes = await call<{ name: string; stops: { placeId: number }[] }[]>(CHANNELS.listRoutes);
    expect(routes.find((route) => route.name === 'Ostroute')?.stops.map((stop) => stop.placeId)).toEqual(stops);
    await page.keyboard.press('Escape');
  }, 90_000);

  it('saves a changed category colour in the project and draws with it after a reload', async () => {
    await page.getByTestId('legend-colour-heritage').fill('#ff0000');
    await expect
      .poll(async () => (await call<MapStyleSettings>(CHANNELS.getMapStyle)).familyColours.heritage, {
        timeout: 10_000,
      })
      .toBe('#FF0000');
    await reload();
    await expect(page.getByTestId('legend-colour-heritage').inputValue()).resolves.toBe('#ff0000');
    const paint = await page.evaluate(() =>
      JSON.stringify((window as unknown as MapHooks).__itinera.map.getPaintProperty('places-circle', 'circle-color')),
    );
    expect(paint).toContain('"heritage","#FF0000"');
  }, 90_000);

  it('styles places by sector: a colour per sector on the map and in the legend, kept after a reload', async () => {
    await page.getByTestId('style-colour-by').selectOption('sector');
    await expect
      .poll(async () => (await call<MapStyleSettings>(CHANNELS.getMapStyle)).placeStyle.colourBy, { timeout: 10_000 })
      .toBe('sector');
    // The sample's seven firms each work in another sector; fourteen sites and bodies have none.
    const classes = page.getByTestId('legend-classes');
    await expect.poll(() => classes.locator('li').count(), { timeout: 10_000 }).toBe(8);
    await expect(classes.textContent()).resolves.toContain('Architecture');
    await expect(page.getByTestId('legend-class-7').textContent()).resolves.toBe('No value14');
    // The family colour pickers give way while another field colours the places.
    await expect(page.getByTestId('legend-colour-heritage').count()).resolves.toBe(0);
    await page.getByTestId('style-label-by').selectOption('sector');

    await reload();
    await expect(page.getByTestId('style-colour-by').inputValue()).resolves.toBe('sector');
    await expect.poll(() => page.getByTestId('legend-classes').locator('li').count(), { timeout: 10_000 }).toBe(8);
    // Each firm is drawn in its sector's colour, the rest in the no-value grey: read from the
    // circles MapLibre rendered, with the colours the legend shows.
    const legend = await page
      .getByTestId('legend-classes')
      .locator('.legend__swatch--class')
      .evaluateAll((swatches) => swatches.map((swatch) => (swatch as HTMLElement).dataset.colour));
    const drawn = await page.evaluate(() => {
      const { map } = (window as unknown as MapHooks).__itinera;
      return map.queryRenderedFeatures({ layers: ['places-circle'] }).map((feature) => ({
        sector: feature.properties.sector ?? null,
        value: feature.properties.styleValue ?? null,
        label: feature.properties.label ?? null,
      }));
    });
    expect(drawn.length).toBeGreaterThan(5);
    for (const feature of drawn) expect(feature.value).toBe(feature.sector);
    expect(drawn.find((feature) => feature.sector === 'music')?.label).toBe('Music');
    const paint = await page.evaluate(() =>
      JSON.stringify((window as unknown as MapHooks).__itinera.map.getPaintProperty('places-circle', 'circle-color')),
    );
    for (const colour of legend) expect(paint).toContain(`"${colour}"`);
    expect(paint).toContain('"styleValue"');
    await page.screenshot({ path: path.join(SHOTS, 'style-by-sector.png') });

    // Graduated by the number of links, sized; then back to kinds of place.
    await page.getByTestId('style-colour-by').selectOption('links');
    await page.getByTestId('style-method').selectOption('graduated');
    await page.getByTestId('style-size-by-value').check();
    await expect
      .poll(async () => (await call<MapStyleSettings>(CHANNELS.getMapStyle)).placeStyle, { timeout: 10_000 })
      .toMatchObject({ colourBy: 'links', method: 'graduated', sizeByValue: true });
    await waitForMapIdle(page);
    const radius = await page.evaluate(() =>
      JSON.stringify((window as unknown as MapHooks).__itinera.map.getPaintProperty('places-circle', 'circle-radius')),
    );
    expect(radius).toContain('"step"');
    await page.screenshot({ path: path.join(SHOTS, 'style-by-links.png') });
    await page.getByTestId('style-reset').click();
    await expect
      .poll(async () => (await call<MapStyleSettings>(CHANNELS.getMapStyle)).placeStyle.colourBy, { timeout: 10_000 })
      .toBe('family');
    await expect(page.getByTestId('legend-classes').count()).resolves.toBe(0);
    await expect(page.getByTestId('legend-colour-heritage').count()).resolves.toBe(1);
  }, 120_000);

  it('picks places with Shift+drag, moves them together and deletes them, each in one undo step', async () => {
    type PlaceRow = { id: number; longitude: number; latitude: number };
    const before = await call<PlaceRow[]>(CHANNELS.listPlaces);
    await page.getByTestId('tool-edit').click();
    const corner = async (id: number) =>
      page.evaluate((placeId) => (window as unknown as MapHooks).__itinera.placeScreenPoint(placeId), id);
    // Wachau Games (17) and Atelier Kremstal Architektur (19) stand north-east of the old town: box them.
    const first = await corner(17);
    const second = await corner(19);
    await page.keyboard.down('Shift');
    await page.mouse.move(Math.min(first.x, second.x) - 12, Math.min(first.y, second.y) - 12);
    await page.mouse.down();
    await page.mouse.move(Math.max(first.x, second.x) + 12, Math.max(first.y, second.y) + 12, { steps: 6 });
    await page.mouse.up();
    await page.keyboard.up('Shift');
    await expect
      .poll(() => page.getByTestId('map-hint').textContent(), { timeout: 10_000 })
      .toMatch(/^2 places selected/);
    const picked = [17, 19];

    // Drag one: both move by the same offset, in one call.
    await page.mouse.move(first.x, first.y);
    await page.mouse.down();
    await page.mouse.move(first.x + 40, first.y + 30, { steps: 8 });
    await page.mouse.up();
    await expect
      .poll(
        async () =>
          (await call<PlaceRow[]>(CHANNELS.listPlaces)).filter(
            (place) =>
              picked.includes(place.id) && before.find((old) => old.id === place.id)?.longitude !== place.longitude,
          ).length,
        { timeout: 10_000 },
      )
      .toBe(2);
    const moved = (await call<PlaceRow[]>(CHANNELS.listPlaces)).filter((place) => picked.includes(place.id));
    const offsets = moved.map((place) => {
      const old = before.find((entry) => entry.id === place.id)!;
      return [place.longitude - old.longitude, place.latitude - old.latitude];
    });
    expect(offsets[0]![0]).toBeGreaterThan(0);
    expect(offsets[0]![0]).toBeCloseTo(offsets[1]![0]!, 6);
    expect(offsets[0]![1]).toBeCloseTo(offsets[1]![1]!, 6);
    const undoState = await call<UndoState>(CHANNELS.getUndoState);
    expect(english(undoState.undoLabel)).toBe('Move 2 places');

    // Delete both (the confirmation is accepted), then one undo brings both back.
    await page.getByTestId('tool-delete').click();
    await expect
      .poll(async () => (await call<PlaceRow[]>(CHANNELS.listPlaces)).length, { timeout: 10_000 })
      .toBe(before.length - 2);
    expect(english((await call<UndoState>(CHANNELS.getUndoState)).undoLabel)).toBe('Delete 2 places');
    await call(CHANNELS.undo);
    expect((await call<PlaceRow[]>(CHANNELS.listPlaces)).length).toBe(before.length);
    await page.keyboard.press('Escape');
  }, 90_000);

  it('gathers dense places into clusters at low zoom and zooms in on a click', async () => {
    await page.evaluate(() => (window as unknown as MapHooks).__itinera.map.jumpTo({ zoom: 11 }));
    await waitForMapIdle(page);
    const clusters = await page.evaluate(() =>
      (window as unknown as MapHooks).__itinera.map
        .queryRenderedFeatures({ layers: ['places-cluster-circle'] })
        .map((feature) => feature.properties['point_count'] as number),
    );
    expect(clusters.length).toBeGreaterThan(0);
    expect(Math.max(...clusters)).toBeGreaterThanOrEqual(10);
    const target = await page.evaluate(() => {
      const { map } = (window as unknown as { __itinera: { map: MapLibreMap } }).__itinera;
      const cluster = map.queryRenderedFeatures({ layers: ['places-cluster-circle'] })[0]!;
      const point = map.project((cluster.geometry as unknown as { coordinates: [number, number] }).coordinates);
      const canvas = map.getCanvas().getBoundingClientRect();
      return { x: canvas.left + point.x, y: canvas.top + point.y, zoom: map.getZoom() };
    });
    await page.mouse.click(target.x, target.y);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as MapHooks).__itinera.map.getZoom()), { timeout: 10_000 })
      .toBeGreaterThan(target.zoom + 0.5);
  }, 90_000);
});
