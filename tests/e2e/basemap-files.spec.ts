import fs from 'node:fs';
import path from 'node:path';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  isLocal,
  launchBrowser,
  mapCanvasStats,
  recordRequests,
  waitForMapIdle,
  type Rgb,
} from '../helpers/browser.js';
import { itinera, ROOT, startServe, type ServeProcess } from '../helpers/cli.js';
import { mbtilesToPmtiles } from '../helpers/pmtiles-writer.js';
import { tempDir } from '../helpers/temp-dir.js';
import { makeDemMbtiles, makeRasterMbtiles, makeVectorMbtiles, RASTER_COLOURS } from '../helpers/tile-files.js';
import { haveTools } from '../helpers/tools.js';

// Basemap files end to end, in Chromium against `itinera serve`: a raster MBTiles (made by GDAL)
// added through the Basemaps panel draws its two colours; a Terrarium DEM becomes a hillshade
// layer that shades the land; a vector PMTiles (from the test writer) added as an overlay draws
// above the basemap and below the project's layers, with the opacity the slider sets. The file's
// attribution shows on the map, as text, and no request leaves 127.0.0.1.

const tools = haveTools('chromium', 'ogrinfo');
const SHOTS = path.join(ROOT, '.cache', 'e2e');

/** The page's e2e hooks (renderer/src/map/e2e-hooks.ts). */
type HookedWindow = { __itinera: { map: MapLibreMap } };

/** Share of canvas pixels within ±4 of each colour, and the variance of their brightness. */
const canvasStats = (page: Page, colours: Record<string, Rgb>) => mapCanvasStats(page, colours, 4);

/** Waits for the map to start working again (if it does) and then to settle. */
async function settle(page: Page): Promise<void> {
  await page
    .waitForFunction(() => document.body.dataset.mapIdle === 'false', undefined, { timeout: 3_000 })
    .catch(() => {});
  await waitForMapIdle(page);
}

describe.runIf(tools)('basemap files in Chromium (serve mode)', () => {
  let serve: ServeProcess;
  let browser: Browser;
  let page: Page;
  let requests: string[];
  const files: Record<string, string> = {};

  async function addThroughPanel(file: string, role: 'basemap' | 'overlay' = 'basemap'): Promise<void> {
    const panel = page.getByTestId('basemaps-panel');
    const before = await panel.getByTestId('basemap-file').count();
    await page.getByTestId('basemap-file-input').setInputFiles(file);
    const confirm = panel.getByRole('group', { name: path.basename(file) });
    await confirm.waitFor({ timeout: 30_000 });
    if (role === 'overlay') await confirm.getByLabel('Drawn as').selectOption('overlay');
    await confirm.getByRole('button', { name: 'Add to the project' }).click();
    await page.waitForFunction(
      (count) => document.querySelectorAll('[data-testid="basemap-file"]').length === count,
      before + 1,
      { timeout: 30_000 },
    );
    await settle(page);
  }

  beforeAll(async () => {
    const dir = tempDir('itinera-e2e-basemap-files-');
    files.raster = makeRasterMbtiles(dir, 'goerlitz-colours.mbtiles');
    files.dem = makeDemMbtiles(dir, { encoding: 'terrarium', name: 'goerlitz-terrain.mbtiles' });
    files.overlay = path.join(dir, 'goerlitz-streets.pmtiles');
    fs.writeFileSync(files.overlay, mbtilesToPmtiles(makeVectorMbtiles(dir)));
    const project = path.join(dir, 'goerlitz.gpkg');
    expect(itinera(['new', project]).status).toBe(0);
    serve = await startServe(['--project', project]);
    browser = await launchBrowser();
    // A modest viewport: software WebGL draws every pixel on the CPU.
    page = await browser.newPage({ viewport: { width: 1024, height: 680 } });
    requests = recordRequests(page);
    await page.goto(`${serve.url}&e2e=1`);
    await waitForMapIdle(page);
    fs.mkdirSync(SHOTS, { recursive: true });
    await page.getByRole('button', { name: 'Basemaps' }).click();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await serve?.stop();
  });

  it('a raster MBTiles added as basemap draws its colours, with its attribution as text', async () => {
    await addThroughPanel(files.raster!);
    // The map was far away: adding moved it to the file. Zoom in so the two halves fill the view.
    const moved = await page.evaluate(() =>
      (window as unknown as HookedWindow).__itinera.map.getBounds().contains([15, 51.155]),
    );
    expect(moved).toBe(true);
    await page.evaluate(() =>
      (window as unknown as HookedWindow).__itinera.map.jumpTo({ center: [15, 51.155], zoom: 13 }),
    );
    await settle(page);
    await page.screenshot({ path: path.join(SHOTS, 'basemap-files-raster.png') });
    const { shares } = await canvasStats(page, RASTER_COLOURS);
    expect(shares.west, JSON.stringify(shares)).toBeGreaterThan(0.2);
    expect(shares.east, JSON.stringify(shares)).toBeGreaterThan(0.2);
    const attribution = page.locator('.maplibregl-ctrl-attrib');
    await expect(attribution.textContent()).resolves.toContain('© Colour Survey & Partners');
    // The link in the file's attribution stays text: no element came from the file.
    await expect(attribution.locator('a[href*="example.invalid"]').count()).resolves.toBe(0);
    const tileRequests = requests.filter((url) => new URL(url).pathname.startsWith('/tiles/files/'));
    expect(tileRequests.length).toBeGreaterThan(0);
  }, 90_000);

  it('a Terrarium DEM becomes a hillshade layer that shades the map', async () => {
    // Over plain land (the raster hidden), so the shading is all the variance there is.
    const raster = page.getByTestId('basemap-file').filter({ hasText: 'goerlitz-colours.mbtiles' });
    // The box follows the saved state (after the API answers), so wait for it rather than uncheck().
    await raster.getByLabel('Show').click();
    await page.waitForFunction(() => {
      const box = Array.from(document.querySelectorAll('[data-testid="basemap-file"]'))
        .find((item) => item.textContent?.includes('goerlitz-colours.mbtiles'))
        ?.querySelector<HTMLInputElement>('input[type="checkbox"]');
      return box?.checked === false;
    });
    await settle(page);
    const flat = await canvasStats(page, {});
    await addThroughPanel(files.dem!);
    // The view was inside the file already: it stays.
    await expect(page.evaluate(() => (window as unknown as HookedWindow).__itinera.map.getZoom())).resolves.toBe(13);
    await page.screenshot({ path: path.join(SHOTS, 'basemap-files-hillshade.png') });
    const layer = await page.evaluate(() => {
      const map = (window as unknown as HookedWindow).__itinera.map;
      const hillshade = map.getStyle().layers.find((candidate) => candidate.type === 'hillshade');
      const source = hillshade && 'source' in hillshade ? map.getStyle().sources[hillshade.source] : undefined;
      return { type: hillshade?.type, source };
    });
    expect(layer.type).toBe('hillshade');
    expect(layer.source).toMatchObject({ type: 'raster-dem', encoding: 'terrarium', tileSize: 256 });
    const shaded = await canvasStats(page, {});
    expect(shaded.variance, `flat ${flat.variance}, shaded ${shaded.variance}`).toBeGreaterThan(flat.variance * 4 + 20);
  }, 90_000);

  it('a vector PMTiles overlay draws above the basemaps and below the project, with its opacity', async () => {
    await addThroughPanel(files.overlay!, 'overlay');
    const overlay = page.getByTestId('basemap-file').filter({ hasText: 'goerlitz-streets.pmtiles' });
    await overlay.getByLabel('Opacity').fill('50');
    await settle(page);
    await page.screenshot({ path: path.join(SHOTS, 'basemap-files-overlay.png') });
    const state = await page.evaluate(() => {
      const map = (window as unknown as HookedWindow).__itinera.map;
      const ids = map.getStyle().layers.map((layer) => layer.id);
      const overlayFill = ids.find((id) => /^file-\d+-0-fill$/.test(id))!;
      return {
        order: {
          hillshade: ids.findIndex((id) => id.endsWith('-hillshade')),
          overlay: ids.indexOf(overlayFill),
          quarters: ids.indexOf('quarters-fill'),
        },
        fillOpacity: map.getPaintProperty(overlayFill, 'fill-opacity'),
        names: map
          .queryRenderedFeatures({ layers: ids.filter((id) => /^file-\d+-0-/.test(id)) })
          .map((feature) => feature.properties.name as string),
      };
    });
    expect(state.order.overlay).toBeGreaterThan(state.order.hillshade);
    expect(state.order.quarters).toBeGreaterThan(state.order.overlay);
    expect(state.fillOpacity).toBeCloseTo(0.35 * 0.5, 5);
    expect(state.names).toEqual(expect.arrayContaining(['Stadtpark', 'Berliner Straße', 'Rathaus']));
    expect(requests.filter((url) => !isLocal(url))).toEqual([]);
  }, 90_000);
});
