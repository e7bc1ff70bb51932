import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../shared/api/contract.js';
import type { Place, Quarter, Route } from '../../shared/model/schemas.js';
import { openSampleInChromium, waitForMapIdle, type SampleSession } from '../helpers/browser.js';
import { ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { haveTools } from '../helpers/tools.js';

// The map with the keyboard only (issue #14 point 7), in Chromium against `itinera serve` on a
// copy of the sample: Tab reaches the map, which tells screen readers how to use it; the Place
// tool chosen from the keyboard hands the focus to the map, where Enter adds a place at the centre
// (the crosshair); the Area tool takes corners at the centre after the arrow keys moved the map,
// Backspace takes one back, Enter twice finishes; each step is read out from a live region; the
// search results go with the arrow keys and Enter; a route is drawn through places found that way.
// No mouse event is sent. Screenshots go to .cache/e2e/ to be looked at.

const tools = haveTools('chromium');
const SHOTS = path.join(ROOT, '.cache', 'e2e');
const WAIT = { timeout: 15_000 };
const CANVAS = 'canvas.maplibregl-canvas';

interface MapHooks {
  __itinera: { map: { getCenter(): { lng: number; lat: number } } };
}

describe.runIf(tools)('the map with the keyboard only, in Chromium (serve mode)', () => {
  let session: SampleSession;
  let page: Page;

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

  const focused = (selector: string) =>
    page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector);
  const centre = () =>
    page.evaluate(() => {
      const { lng, lat } = (window as unknown as MapHooks).__itinera.map.getCenter();
      return [lng, lat] as [number, number];
    });
  const announced = () => page.getByTestId('map-announcement').evaluate((element) => element.textContent!.trim());

  /** Presses Tab (Shift+Tab backwards) until the element with the focus matches `selector`. */
  async function tabTo(selector: string, backwards = false): Promise<void> {
    if (await focused(selector)) return;
    for (let presses = 0; presses < 80; presses++) {
      await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
      if (await focused(selector)) return;
    }
    throw new Error(`Tab never reached ${selector}`);
  }

  /** An arrow key on the map: it pans (MapLibre's keyboard handler); waits until it has settled. */
  async function pan(key: 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown'): Promise<void> {
    const before = await centre();
    await page.keyboard.press(key);
    await expect.poll(async () => (await centre()).join(), WAIT).not.toBe(before.join());
    await page.waitForTimeout(400);
    await waitForMapIdle(page);
  }

  beforeAll(async () => {
    session = await openSampleInChromium(tempDir('itinera-e2e-keyboard-'));
    page = session.page;
    fs.mkdirSync(SHOTS, { recursive: true });
  }, 120_000);

  afterAll(() => session?.close());

  it('reaches the map with Tab; the map says how to use it; arrow keys move it and + zooms', async () => {
    await tabTo(CANVAS);
    const canvas = page.locator(CANVAS);
    await expect(canvas.getAttribute('aria-label')).resolves.toBe('Map');
    const described = await canvas.evaluate(
      (element) => document.getElementById(element.getAttribute('aria-describedby') ?? '')?.textContent,
    );
    expect(described).toBe('Arrow keys move the map; + and − zoom in and out.');
    await expect(page.getByTestId('map-keyboard-help').textContent()).resolves.toBe(described);
    // No drawing tool: no crosshair.
    expect(await page.getByTestId('map-crosshair').count()).toBe(0);

    const [longitude] = await centre();
    await pan('ArrowRight');
    expect((await centre())[0]).toBeGreaterThan(longitude);
    const zoom = () =>
      page.evaluate(() => (window as unknown as { __itinera: { map: { getZoom(): number } } }).__itinera.map.getZoom());
    const before = await zoom();
    await page.keyboard.press('+');
    await expect.poll(zoom, WAIT).toBeGreaterThan(before + 0.9);
    await page.keyboard.press('-');
    await expect.poll(zoom, WAIT).toBeLessThan(before + 0.1);
    await waitForMapIdle(page);
  }, 60_000);

  it('adds a place at the centre: Place tool from the keyboard, Enter on the map, a name, Enter', async () => {
    await tabTo('[data-testid="tool-place"]');
    await page.keyboard.press('Enter');
    // The tool picked from the keyboard hands the focus to the map, which shows its crosshair.
    expect(await focused(CANVAS)).toBe(true);
    await page.getByTestId('map-crosshair').waitFor(WAIT);
    await expect(page.getByTestId('map-keyboard-help').textContent()).resolves.toMatch(/then press Enter/);
    await pan('ArrowUp');
    const where = await centre();
    await page.screenshot({ path: path.join(SHOTS, 'keyboard-place.png') });
    await page.keyboard.press('Enter');

    await page.getByTestId('new-place-panel').waitFor(WAIT);
    await expect.poll(announced, WAIT).toBe('Position chosen at the crosshair. Name the new place.');
    expect(await focused('[data-testid="new-place-name-input"]')).toBe(true);
    await page.keyboard.type('Stadtarchiv am Kreuz');
    await page.keyboard.press('Enter');
    await page.getByTestId('new-place-panel').waitFor({ state: 'detached', ...WAIT });

    const places = await call<Place[]>(CHANNELS.listPlaces);
    const added = places.find((place) => place.name === 'Stadtarchiv am Kreuz');
    expect(added).toBeDefined();
    expect(added!.longitude).toBeCloseTo(where[0], 6);
    expect(added!.latitude).toBeCloseTo(where[1], 6);
    // The form gone, the map has the focus back.
    await expect.poll(() => focused(CANVAS), WAIT).toBe(true);
  }, 60_000);

  it('draws an area: corners at the centre after panning, Backspace, Enter twice, a name', async () => {
    const before = await call<Quarter[]>(CHANNELS.listQuarters);
    await tabTo('[data-testid="tool-area"]');
    await page.keyboard.press('Enter');
    expect(await focused(CANVAS)).toBe(true);
    await page.getByTestId('map-crosshair').waitFor(WAIT);
    await expect(page.getByTestId('map-keyboard-help').textContent()).resolves.toMatch(/Enter adds a corner/);

    const corners: [number, number][] = [await centre()];
    await page.keyboard.press('Enter');
    await expect.poll(announced, WAIT).toBe('Corner 1 added.');
    // Enter again on the same spot would finish; one corner is not an area.
    await page.keyboard.press('Enter');
    await expect
      .poll(announced, WAIT)
      .toBe('An area needs at least 3 corners; 1 corner so far. Move the map to add another.');

    await pan('ArrowRight');
    await pan('ArrowRight');
    corners.push(await centre());
    await page.keyboard.press('Enter');
    await expect.poll(announced, WAIT).toBe('Corner 2 added.');
    await pan('ArrowDown');
    await pan('ArrowDown');
    corners.push(await centre());
    await page.keyboard.press('Enter');
    await expect.poll(announced, WAIT).toBe('Corner 3 added.');
    await page.keyboard.press('Backspace');
    await expect.poll(announced, WAIT).toBe('Last corner removed; 2 corners left.');
    await page.keyboard.press('Enter');
    await expect.poll(announced, WAIT).toBe('Corner 3 added.');
    await waitForMapIdle(page);
    await page.screenshot({ path: path.join(SHOTS, 'keyboard-area.png') });

    await page.keyboard.press('Enter');
    await expect.poll(announced, WAIT).toBe('Outline finished with 3 corners. Name the new area.');
    await page.getByTestId('new-area-form').waitFor(WAIT);
    expect(await focused('[data-testid="new-area-name-input"]')).toBe(true);
    await page.keyboard.type('Tastaturviertel');
    await page.keyboard.press('Enter');
    await page.getByTestId('new-area-form').waitFor({ state: 'detached', ...WAIT });

    const after = await call<Quarter[]>(CHANNELS.listQuarters);
    expect(after).toHaveLength(before.length + 1);
    const ring = after.find((quarter) => quarter.name === 'Tastaturviertel')!.geometry.coordinates[0]!;
    expect(ring).toHaveLength(4);
    for (const [index, corner] of [...corners, corners[0]!].entries()) {
      expect(ring[index]![0]).toBeCloseTo(corner[0], 6);
      expect(ring[index]![1]).toBeCloseTo(corner[1], 6);
    }
    await expect.poll(() => focused(CANVAS), WAIT).toBe(true);
  }, 90_000);

  it('Escape throws the corners away and leaves the tool', async () => {
    // The Area tool is still on after the last area was saved.
    await expect(page.getByTestId('tool-area').getAttribute('aria-pressed')).resolves.toBe('true');
    await pan('ArrowLeft');
    await page.keyboard.press('Enter');
    await expect.poll(announced, WAIT).toBe('Corner 1 added.');
    await page.keyboard.press('Escape');
    await expect.poll(announced, WAIT).toBe('Drawing cancelled.');
    await expect(page.getByTestId('tool-area').getAttribute('aria-pressed')).resolves.toBe('false');
    expect(await page.getByTestId('map-crosshair').count()).toBe(0);
  }, 60_000);

  it('goes through the search results with the arrow keys; Enter opens the place', async () => {
    await tabTo('[data-testid="search-input"]', true);
    const input = page.getByTestId('search-input');
    await expect(input.getAttribute('role')).resolves.toBe('combobox');
    await page.keyboard.type('Krems');
    const options = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
    await expect.poll(() => options.count(), WAIT).toBeGreaterThan(1);
    const count = await options.count();
    await expect(page.getByTestId('search-status').textContent()).resolves.toBe(`${count} places found.`);
    await expect(input.getAttribute('aria-expanded')).resolves.toBe('true');
    expect(await input.getAttribute('aria-activedescendant')).toBeNull();

    const active = async () => {
      const id = await input.getAttribute('aria-activedescendant');
      return id === null ? null : page.locator(`[id="${id}"]`);
    };
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const second = (await active())!;
    await expect(second.getAttribute('aria-selected')).resolves.toBe('true');
    await expect(second.getAttribute('data-place-id')).resolves.toBe(
      await options.nth(1).getAttribute('data-place-id'),
    );
    await page.keyboard.press('ArrowUp');
    const first = (await active())!;
    const placeId = await first.getAttribute('data-place-id');
    expect(placeId).toBe(await options.nth(0).getAttribute('data-place-id'));
    // The focus never left the field.
    expect(await focused('[data-testid="search-input"]')).toBe(true);

    await page.keyboard.press('Enter');
    await page.getByTestId('place-panel').waitFor(WAIT);
    await expect(page.getByTestId('place-panel').getAttribute('data-place-id')).resolves.toBe(placeId);
    await page.keyboard.press('Escape');
    await expect(input.inputValue()).resolves.toBe('');
  }, 60_000);

  it('draws a route through places found by search: Enter on each place at the crosshair, Enter again', async () => {
    const places = await call<Place[]>(CHANNELS.listPlaces);
    const stops = ['Gozzoburg', 'Simandlbrunnen'].map((name) => places.find((place) => place.name === name)!);
    const before = await call<Route[]>(CHANNELS.listRoutes);

    /** The search puts the place at the map's centre; the skip link brings the keyboard to the map. */
    async function centreOn(name: string): Promise<void> {
      await tabTo('[data-testid="search-input"]', true);
      await page.keyboard.press('Control+A');
      await page.keyboard.type(name);
      await expect.poll(() => page.getByTestId('search-result').first().textContent(), WAIT).toContain(name);
      await page.keyboard.press('Enter');
      await tabTo('[data-testid="skip-to-map"]', true);
      await page.keyboard.press('Enter');
      expect(await focused(CANVAS)).toBe(true);
      await page.waitForTimeout(500);
      await waitForMapIdle(page);
    }

    await centreOn(stops[0]!.name);
    await tabTo('[data-testid="tool-route"]');
    await page.keyboard.press('Enter');
    expect(await focused(CANVAS)).toBe(true);
    await expect(page.getByTestId('map-keyboard-help').textContent()).resolves.toMatch(/Enter adds it as a stop/);
    await page.keyboard.press('Enter');
    await expect.poll(announced, WAIT).toBe(`Stop 1: ${stops[0]!.name}.`);

    await centreOn(stops[1]!.name);
    await page.keyboard.press('Enter');
    await expect.poll(announced, WAIT).toBe(`Stop 2: ${stops[1]!.name}.`);
    await waitForMapIdle(page);
    await page.screenshot({ path: path.join(SHOTS, 'keyboard-route.png') });
    await page.keyboard.press('Enter');
    await expect.poll(announced, WAIT).toBe('Route finished with 2 stops. Name the new route.');
    await page.getByTestId('new-route-form').waitFor(WAIT);
    await page.keyboard.type('Brunnenweg');
    await page.keyboard.press('Enter');
    await page.getByTestId('route-panel').waitFor(WAIT);

    const after = await call<Route[]>(CHANNELS.listRoutes);
    expect(after).toHaveLength(before.length + 1);
    const route = after.find((entry) => entry.name === 'Brunnenweg')!;
    expect(route.stops.map((stop) => stop.placeId)).toEqual(stops.map((place) => place.id));
  }, 120_000);
});
