import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeViolations } from '../helpers/axe.js';
import { launchBrowser } from '../helpers/browser.js';
import { itinera, startServe, type ServeProcess } from '../helpers/cli.js';
import { scaleBarMetres, waitForPrintView } from '../helpers/print-view.js';
import { haveTools } from '../helpers/tools.js';
import { tempDir } from '../helpers/temp-dir.js';

// The print view of a route guide in serve mode (?print=guide&route=…), as Chromium prints it:
// the guide alone (no app controls), its scale bar as long as the map's own scale says (within 2%,
// measured against the drawn map's extent), readable by screen readers (axe).

describe.runIf(haveTools('chromium'))('the route guide’s print view', { timeout: 120_000 }, () => {
  const dir = tempDir('itinera-e2e-guide-view-');
  let serve: ServeProcess;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    const project = path.join(dir, 'sample.gpkg');
    expect(itinera(['sample', project]).status).toBe(0);
    serve = await startServe(['--project', project]);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
    await page.goto(`${serve.url}&print=guide&route=1&paper=a4&layout=booklet`);
    await waitForPrintView(page);
  });

  afterAll(async () => {
    await browser?.close();
    await serve?.stop();
  });

  it('is ready with nothing overflowing, and shows the guide without any of the app’s controls', async () => {
    expect(await page.evaluate(() => document.body.dataset.printError ?? null)).toBeNull();
    expect(JSON.parse((await page.evaluate(() => document.body.dataset.printReady))!)).toEqual({ overflow: [] });
    expect(await page.getByTestId('guide-stop').count()).toBe(5);
    expect(await page.locator('button, input, select, textarea, [role="toolbar"]').count()).toBe(0);
    await expect(page.getByTestId('north-arrow').getAttribute('aria-label')).resolves.toBe('North is up');
    await expect(page.getByTestId('map-attribution').textContent()).resolves.toMatch(/OpenStreetMap/);
  });

  it('draws a scale bar as long as the map’s scale says, within 2%', async () => {
    const { stated, drawn } = await scaleBarMetres(page);
    expect(stated).toBeGreaterThan(0);
    expect(Math.abs(drawn - stated) / stated).toBeLessThan(0.02);
  });

  it('passes axe’s serious and critical rules', async () => {
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('opens from the route panel’s “Print guide…” in a tab of its own, with the paper chosen, and prints', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const app = await context.newPage();
    await app.goto(`${serve.url}&e2e=1`);
    await app.locator('[data-testid="routes-list-item"][data-route-id="1"]').click();
    const section = app.getByTestId('guide-print-section');
    await section.locator('summary').click();
    await section.getByLabel('Paper').selectOption('a5');
    await section.getByLabel('Layout').selectOption('booklet');
    const [printView] = await Promise.all([
      context.waitForEvent('page'),
      section.getByTestId('print-guide-open').click(),
    ]);
    const asked = new URL(printView.url());
    expect(Object.fromEntries(asked.searchParams)).toMatchObject({
      print: 'guide',
      route: '1',
      paper: 'a5',
      layout: 'booklet',
      autoprint: '1',
    });
    await printView.waitForFunction(() => document.body.dataset.printReady, undefined, { timeout: 90_000 });
    await expect(printView.getByTestId('guide-stop').count()).resolves.toBe(5);
    await context.close();
  });
});
