import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeViolations } from '../helpers/axe.js';
import { openSampleInChromium, waitForMapIdle, type SampleSession } from '../helpers/browser.js';
import { ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { haveTools } from '../helpers/tools.js';

// axe-core (WCAG 2.1 A and AA rules and axe's best practices) on the main screens, in Chromium
// against `itinera serve` on a copy of the sample (issue #14 point 7): the start screen, search
// results with one picked by the arrow keys, the map focused from the keyboard with the Place tool
// on, the form of a new place, a place's panel, the route panel, the area panel, the attribute
// table, the import dialog and the OpenStreetMap import dialog. No violation of impact serious or
// critical is allowed, and no rule is turned off. (What MapLibre draws inside its canvas is
// pixels, which no checker reads: the canvas itself is checked, as a focusable region with a name
// and a description.) Screenshots go to .cache/e2e/.

const tools = haveTools('chromium');
const SHOTS = path.join(ROOT, '.cache', 'e2e');
const WAIT = { timeout: 15_000 };
const TINY_OSM = `<?xml version="1.0" encoding="UTF-8"?>
<osm version="0.6" generator="itinera test">
  <node id="1" lat="48.4105" lon="15.6005"><tag k="tourism" v="museum"/><tag k="name" v="Testmuseum"/></node>
</osm>`;

describe.runIf(tools)('accessibility of the main screens (axe-core, Chromium, serve mode)', () => {
  let session: SampleSession;
  let page: Page;

  /** No serious or critical violation on the page as it is now; a picture of it to look at. */
  async function check(screen: string): Promise<void> {
    await page.screenshot({ path: path.join(SHOTS, `axe-${screen}.png`) });
    expect(await seriousAxeViolations(page), screen).toEqual([]);
  }

  beforeAll(async () => {
    session = await openSampleInChromium(tempDir('itinera-e2e-axe-'));
    page = session.page;
    fs.mkdirSync(SHOTS, { recursive: true });
  }, 120_000);

  afterAll(() => session?.close());

  it('the start screen with the sample', async () => {
    await check('start');
  }, 60_000);

  it('search results, one picked with the arrow keys', async () => {
    await page.getByTestId('search-input').fill('Krems');
    await page.getByTestId('search-result').nth(1).waitFor(WAIT);
    await page.getByTestId('search-input').press('ArrowDown');
    await check('search');
    await page.getByTestId('search-input').press('Escape');
  }, 60_000);

  it('the map focused from the keyboard with the Place tool on, then the new place’s form', async () => {
    await page.getByTestId('tool-place').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('map-crosshair').waitFor(WAIT);
    await check('map-keyboard');
    await page.keyboard.press('Enter');
    await page.getByTestId('new-place-panel').waitFor(WAIT);
    await check('new-place');
    await page.getByTestId('cancel-new-place-button').click();
  }, 60_000);

  it('a place’s panel', async () => {
    await page.getByTestId('search-input').fill('Gozzoburg');
    await page.getByTestId('search-result').first().click(WAIT);
    await page.getByTestId('place-panel').waitFor(WAIT);
    await page.getByTestId('search-input').press('Escape');
    await check('place-panel');
    await page.getByTestId('close-place-panel-button').click();
  }, 60_000);

  it('the route panel', async () => {
    await page.getByTestId('routes-list-item').first().click();
    await page.getByTestId('route-panel').waitFor(WAIT);
    await waitForMapIdle(page);
    await check('route-panel');
    await page.getByTestId('close-route-panel-button').click();
  }, 60_000);

  it('the area panel', async () => {
    await page.getByTestId('areas-list-item').first().click();
    await page.getByTestId('area-panel').waitFor(WAIT);
    await waitForMapIdle(page);
    await check('area-panel');
    await page.getByTestId('close-area-panel-button').click();
  }, 60_000);

  it('the attribute table', async () => {
    await page.getByTestId('table-button').click();
    await page.getByTestId('attribute-table').waitFor(WAIT);
    await check('table');
    await page.getByTestId('table-button').click();
  }, 60_000);

  it('the import dialog', async () => {
    await page.getByTestId('import-file-input').setInputFiles({
      name: 'kulturorte.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('name;category;longitude;latitude\nKunstraum Süd;gallery;15.6012;48.4098\n'),
    });
    await page.getByTestId('run-import-button').waitFor(WAIT);
    await check('import');
    await page.getByTestId('cancel-import-button').click();
    await page.getByTestId('import-preview').waitFor({ state: 'detached', ...WAIT });
  }, 60_000);

  it('the OpenStreetMap import dialog', async () => {
    await page.getByTestId('osm-import-file-input').setInputFiles({
      name: 'museum.osm',
      mimeType: 'application/xml',
      buffer: Buffer.from(TINY_OSM),
    });
    await page.getByTestId('osm-import-start').waitFor(WAIT);
    await check('osm-import');
  }, 60_000);
});
