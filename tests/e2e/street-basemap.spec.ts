import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, type ProjectInfo } from '../../shared/api/contract.js';
import {
  isLocal,
  launchBrowser,
  mapCanvasStats,
  recordRequests,
  waitForMapIdle,
  type Rgb,
} from '../helpers/browser.js';
import { itinera, ROOT, startServe, type ServeProcess } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { haveTools, IN_CI } from '../helpers/tools.js';

// The street-level basemap end to end: the Bautzen extract (../shared/data/osm/, © OpenStreetMap
// contributors) imported with the CLI into a fresh project, served by `itinera serve`, opened in
// Chromium and looked at at zoom 16: streets and buildings drawn in the style's colours, street
// names labelled, the OSM attribution shown, and not one request beyond 127.0.0.1.
// Timeouts leave room for a shared two-core machine (software WebGL draws every frame on the CPU).

const EXTRACT = path.resolve(ROOT, '..', 'shared', 'data', 'osm', 'bautzen.osm');
const haveExtract = fs.existsSync(EXTRACT);
if (!haveExtract && IN_CI) throw new Error(`CI=true and the OSM extract ${EXTRACT} is missing`);
const tools = haveTools('chromium') && haveExtract;
/** Screenshots for people to look at (.cache/ is not committed). */
const SHOTS = path.join(ROOT, '.cache', 'e2e');

// The style's colours (renderer/src/features/basemaps/street-basemap-palettes.ts, BASEMAP_PALETTES).
const LIGHT = { primary: '#FAF0DA', road: '#FFFFFF', building: '#E2DCD3', land: '#F5F3EE' };
const DARK = { primary: '#4C4A44', building: '#33363B' };

const rgb = (hex: string): Rgb => [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)) as unknown as Rgb;

/** Share of the map canvas's pixels within ±3 of each colour. */
async function colourShares(page: Page, colours: Record<string, string>): Promise<Record<string, number>> {
  const targets = Object.fromEntries(Object.entries(colours).map(([name, hex]) => [name, rgb(hex)]));
  return (await mapCanvasStats(page, targets, 3)).shares;
}

async function streetLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const { map } = (
      window as unknown as {
        __itinera: {
          map: { queryRenderedFeatures(options: { layers: string[] }): { properties: { name?: string } }[] };
        };
      }
    ).__itinera;
    return map.queryRenderedFeatures({ layers: ['osm-street-labels'] }).map((feature) => feature.properties.name ?? '');
  });
}

describe.runIf(tools)('the street-level basemap from an OSM extract, in Chromium', () => {
  let serve: ServeProcess;
  let browser: Browser;
  let page: Page;
  let requests: string[];
  let info: ProjectInfo;

  beforeAll(async () => {
    const dir = tempDir('itinera-e2e-basemap-');
    const project = path.join(dir, 'bautzen.gpkg');
    expect(itinera(['new', project]).status).toBe(0);
    const imported = itinera(['import-osm', project, EXTRACT]);
    expect(imported.status, imported.stderr).toBe(0);
    serve = await startServe(['--project', project]);
    const answer = await fetch(`${serve.origin}/api/${CHANNELS.getProject}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-itinera-token': serve.token },
      body: '{}',
    });
    info = ((await answer.json()) as { value: ProjectInfo }).value;
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    requests = recordRequests(page);
    await page.goto(`${serve.url}&e2e=1`);
    await waitForMapIdle(page);
    fs.mkdirSync(SHOTS, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await serve?.stop();
  });

  it('tells the renderer the project has OSM tiles, where and for which zooms', () => {
    expect(info.basemap).toMatchObject({ minZoom: 10, maxZoom: 16, attribution: '© OpenStreetMap contributors' });
    const [west, south, east, north] = info.basemap!.bounds;
    // The extract lies at Bautzen-West (Saxony).
    expect(west).toBeGreaterThan(14.3);
    expect(east).toBeLessThan(14.5);
    expect(south).toBeGreaterThan(51.1);
    expect(north).toBeLessThan(51.3);
  });

  it('at zoom 16 over the centre: streets and buildings drawn, street names labelled, OSM credited', async () => {
    // The centre of the area the extract was cut for (its <bounds>; whole ways reach beyond it).
    const declared = /<bounds minlat="([\d.]+)" minlon="([\d.]+)" maxlat="([\d.]+)" maxlon="([\d.]+)"/.exec(
      fs.readFileSync(EXTRACT, 'utf8'),
    )!;
    const [south, west, north, east] = declared.slice(1).map(Number) as [number, number, number, number];
    await page.evaluate(
      (center) =>
        (window as unknown as { __itinera: { map: { jumpTo(options: object): void } } }).__itinera.map.jumpTo({
          center,
          zoom: 16,
        }),
      [(west + east) / 2, (south + north) / 2],
    );
    await waitForMapIdle(page);
    await page.screenshot({ path: path.join(SHOTS, 'street-basemap-light.png') });

    const shares = await colourShares(page, LIGHT);
    // The primary road (Hoyerswerdaer Straße), the white minor roads and the light buildings each cover a fair part
    // of the view; the plain land colour does not cover everything.
    expect(shares.primary, JSON.stringify(shares)).toBeGreaterThan(0.01);
    expect(shares.road, JSON.stringify(shares)).toBeGreaterThan(0.003);
    expect(shares.building, JSON.stringify(shares)).toBeGreaterThan(0.005);
    expect(shares.land, JSON.stringify(shares)).toBeLessThan(0.95);

    const labels = await streetLabels(page);
    expect(labels).toContain('Hoyerswerdaer Straße');

    const attribution = page.locator('.maplibregl-ctrl-attrib');
    await expect(attribution.isVisible()).resolves.toBe(true);
    await expect(attribution.textContent()).resolves.toContain('© OpenStreetMap contributors');

    const tileRequests = requests.filter((url) => new URL(url).pathname.startsWith('/tiles/'));
    expect(tileRequests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !isLocal(url))).toEqual([]);
  }, 90_000);

  it('switches to the dark variant and back, still drawing the streets', async () => {
    await page.getByRole('button', { name: 'Dark map' }).click();
    await page
      .waitForFunction(() => document.body.dataset.mapIdle === 'false', undefined, { timeout: 5_000 })
      .catch(() => {});
    await waitForMapIdle(page);
    await page.screenshot({ path: path.join(SHOTS, 'street-basemap-dark.png') });
    const shares = await colourShares(page, DARK);
    expect(shares.primary, JSON.stringify(shares)).toBeGreaterThan(0.01);
    expect(shares.building, JSON.stringify(shares)).toBeGreaterThan(0.005);
    await expect(streetLabels(page)).resolves.toContain('Hoyerswerdaer Straße');
    await page.getByRole('button', { name: 'Light map' }).click();
    await waitForMapIdle(page);
    expect((await colourShares(page, { building: LIGHT.building })).building).toBeGreaterThan(0.005);
    expect(requests.filter((url) => !isLocal(url))).toEqual([]);
  }, 90_000);
});
