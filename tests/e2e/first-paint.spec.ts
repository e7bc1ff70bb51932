import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../shared/api/contract.js';
import { launchBrowser } from '../helpers/browser.js';
import { itinera, startServe, type ServeProcess } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { haveTools } from '../helpers/tools.js';

// Opening a project draws the map from the lean answer (`places:map:query`) and reads the full
// list of places (`places:list:query`) only afterwards. Here the full list's answer is held back:
// the map must still show every place, and take the full list without drawing the places again.

const tools = haveTools('chromium');

interface MapHandle {
  queryRenderedFeatures(): { source: string; id?: number | string }[];
  getSource(id: string): { serialize(): { data: unknown } } | undefined;
}
const rendered = (page: Page, source: 'places' | 'links') =>
  page.evaluate((wanted) => {
    const { map } = (window as unknown as { __itinera: { map: MapHandle } }).__itinera;
    const ids = new Set<number | string>();
    for (const feature of map.queryRenderedFeatures())
      if (feature.source === wanted && feature.id !== undefined) ids.add(feature.id);
    return ids.size;
  }, source);
/** The data each source was last given (kept in the page, to compare by identity later). */
const keepSourceData = (page: Page) =>
  page.evaluate(() => {
    const { map } = (window as unknown as { __itinera: { map: MapHandle } }).__itinera;
    (window as unknown as { __firstData: unknown[] }).__firstData = ['places', 'links'].map(
      (id) => map.getSource(id)?.serialize().data,
    );
  });
const sourceDataKept = (page: Page) =>
  page.evaluate(() => {
    const { map } = (window as unknown as { __itinera: { map: MapHandle } }).__itinera;
    const first = (window as unknown as { __firstData: unknown[] }).__firstData;
    return ['places', 'links'].map((id, index) => map.getSource(id)?.serialize().data === first[index]);
  });

describe.runIf(tools)('the map draws before the full list of places', () => {
  let serve: ServeProcess;
  let browser: Browser;

  beforeAll(async () => {
    const project = path.join(tempDir('itinera-e2e-'), 'sample.gpkg');
    const written = itinera(['sample', project]);
    if (written.status !== 0) throw new Error(`itinera sample failed: ${written.stderr}`);
    serve = await startServe(['--project', project]);
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await serve?.stop();
  });

  it('shows every place while the full list is held back, then loads it without drawing them again', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let listAsked = false;
    let listAnswered = false;
    await page.route(`**/api/${CHANNELS.listPlaces}`, async (route) => {
      listAsked = true;
      await held;
      // NOTE: a failed assertion closes the page while the request waits; that is not the failure.
      await route.continue().catch(() => {});
    });
    const bytes = new Map<string, number>();
    // Every body read is awaited before the page closes (a read after close would reject unhandled).
    const reads: Promise<void>[] = [];
    page.on('requestfinished', (request) => {
      const channel = request.url().split('/api/')[1];
      if (channel !== CHANNELS.mapPlaces && channel !== CHANNELS.listPlaces) return;
      reads.push(
        (async () => {
          const response = await request.response();
          if (!response) return;
          bytes.set(channel, (await response.body()).length);
          if (channel === CHANNELS.listPlaces) listAnswered = true;
        })(),
      );
    });
    await page.goto(`${serve.url}&e2e=1`);
    await page.waitForFunction(() => document.body.dataset.mapIdle === 'true', undefined, { timeout: 60_000 });

    // Drawn from the lean answer: all 21 sample places, while the full list has no answer yet.
    expect(await rendered(page, 'places')).toBe(21);
    // The links' arcs too: their ends come from the lean positions.
    const linksAtFirstPaint = await rendered(page, 'links');
    expect(linksAtFirstPaint).toBeGreaterThan(0);
    expect(listAnswered).toBe(false);
    await expect(page.evaluate(() => document.body.dataset.projectLoaded)).resolves.not.toBe('true');
    // The full list was asked for (a project this small asks at once; the request waits here).
    await expect.poll(() => listAsked, { timeout: 30_000 }).toBe(true);
    await keepSourceData(page);

    release();
    await page.waitForFunction(() => document.body.dataset.projectLoaded === 'true', undefined, { timeout: 60_000 });
    await page.waitForFunction(() => document.body.dataset.mapIdle === 'true', undefined, { timeout: 60_000 });
    // The full list draws the same places and arcs: the map kept its data (no second tiling and
    // clustering of the places).
    expect(await sourceDataKept(page)).toEqual([true, true]);
    expect(await rendered(page, 'places')).toBe(21);
    expect(await rendered(page, 'links')).toBe(linksAtFirstPaint);
    // The panels work from the full list: selecting a place shows its details.
    await page.evaluate(() =>
      (window as unknown as { __itinera: { selectPlace(id: number): void } }).__itinera.selectPlace(1),
    );
    await expect(page.getByTestId('place-name-input').inputValue()).resolves.toBe('Gozzoburg');
    // The lean answer is a fraction of the full list (names and positions, no descriptions).
    await expect.poll(() => reads.length, { timeout: 30_000 }).toBe(2);
    await Promise.all(reads);
    const lean = bytes.get(CHANNELS.mapPlaces) ?? 0;
    const full = bytes.get(CHANNELS.listPlaces) ?? 0;
    expect(lean).toBeGreaterThan(0);
    expect(lean).toBeLessThan(full / 3);
    await page.close();
  }, 120_000);
});
