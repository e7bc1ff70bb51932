import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../shared/api/contract.js';
import { seriousAxeViolations } from '../helpers/axe.js';
import { launchBrowser } from '../helpers/browser.js';
import { itinera, startServe, type ServeProcess } from '../helpers/cli.js';
import { pageColours } from '../helpers/pdf-pages.js';
import { scaleBarMetres, waitForPrintView } from '../helpers/print-view.js';
import { tempDir } from '../helpers/temp-dir.js';
import { haveTools } from '../helpers/tools.js';

// Printed maps (issue #16) on the sample project: the print view of its old-town quarter in
// serve mode (title, legend of what it shows, scale bar true to the map within 2%, north arrow,
// date, the report card, no controls, axe), `itinera print-map` of the quarter and of a box read
// back with poppler (the texts, the map drawn with the quarter's outline), its refusals, the
// sidebar's print of the current view, and the app's Save PDF: a map and a guide in every project
// language, made by this machine's Chromium.

const QUARTER = 'Kremser Altstadt cultural quarter';
const OUTLINE_COLOUR = [0x9a, 0x74, 0x10];

function text(pdf: string): string {
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
}

describe.runIf(haveTools('chromium', 'poppler'))('printed maps', { timeout: 240_000 }, () => {
  const dir = tempDir('itinera-e2e-map-print-');
  const project = path.join(dir, 'sample.gpkg');
  let serve: ServeProcess;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    expect(itinera(['sample', project]).status).toBe(0);
    serve = await startServe(['--project', project]);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1300, height: 1000 } });
    await page.goto(`${serve.url}&print=map&area=1&report=1&paper=a4&orientation=landscape`);
    await waitForPrintView(page);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await serve?.stop();
  });

  it('shows the quarter with its title, legend, scale bar, north arrow, date and report card, and no controls', async () => {
    expect(await page.evaluate(() => document.body.dataset.printError ?? null)).toBeNull();
    expect(JSON.parse((await page.evaluate(() => document.body.dataset.printReady))!)).toEqual({ overflow: [] });
    await expect(page.getByTestId('map-print-title').textContent()).resolves.toBe(QUARTER);
    await expect(page.locator('.map-print__header p').textContent()).resolves.toMatch(/printed on \d+\/\d+\/\d{4}/);
    const legend = page.getByTestId('map-print-legend');
    await expect(legend.getByRole('heading').textContent()).resolves.toBe('Legend');
    const families = await legend.getByTestId('map-print-legend-family').allTextContents();
    expect(families.some((entry) => /^Heritage sites\d+$/.test(entry))).toBe(true);
    await expect(legend.textContent()).resolves.toContain(`${QUARTER} (this map’s area)`);
    await expect(legend.textContent()).resolves.toContain('Route: Old town heritage walk');
    expect(await page.getByTestId('scale-bar').count()).toBe(1);
    await expect(page.getByTestId('north-arrow').getAttribute('aria-label')).resolves.toBe('North is up');
    await expect(page.getByTestId('map-attribution').textContent()).resolves.toMatch(/OpenStreetMap/);
    await expect(page.getByTestId('map-print-report').textContent()).resolves.toMatch(/Creative firms/);
    expect(await page.locator('button, input, select, textarea, [role="toolbar"]').count()).toBe(0);
  });

  it('draws a scale bar as long as the map’s scale says, within 2%', async () => {
    const { stated, drawn } = await scaleBarMetres(page);
    expect(stated).toBeGreaterThan(0);
    expect(Math.abs(drawn - stated) / stated).toBeLessThan(0.02);
  });

  it('passes axe’s serious and critical rules', async () => {
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('prints the quarter with itinera print-map: the texts as text, the map drawn with the quarter’s outline', () => {
    const pdf = path.join(dir, 'quarter.pdf');
    const result = itinera(['print-map', project, '--area', '1', '--report', pdf], {}, 120_000);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Wrote .*quarter\.pdf \(\d+(\.\d)? MB\)\.\n$/);
    const content = text(pdf);
    for (const expected of [QUARTER, 'Legend', 'Heritage sites', 'Creative firms', 'Report card'])
      expect(content).toContain(expected);
    expect(content).toMatch(/Map data: © OpenStreetMap contributors/);
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    // The sheet's title is the document's; one landscape A4 page.
    expect(info).toMatch(new RegExp(`^Title:\\s+${QUARTER}\\n`));
    expect(info).toMatch(/Pages:\s+1\n[\s\S]*Page size:\s+841\.\d+ x 594\.\d+/);
    const stats = pageColours(pdf, 1, dir, OUTLINE_COLOUR);
    expect(stats.colours).toBeGreaterThan(40);
    expect(stats.matching).toBeGreaterThan(1000);
  });

  it('prints a box in German on portrait A3, with the title given', () => {
    const pdf = path.join(dir, 'box.pdf');
    const args = ['print-map', project, '--bbox', '15.600,48.409,15.606,48.413', '--paper', 'a3'];
    const result = itinera([
      ...args,
      '--orientation',
      'portrait',
      '--title',
      'Rund um das Steiner Tor',
      '--lang',
      'de',
      pdf,
    ]);
    expect(result.status).toBe(0);
    const content = text(pdf);
    expect(content).toContain('Rund um das Steiner Tor');
    expect(content).toContain('Legende');
    expect(content).toMatch(/gedruckt am/);
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Page size:\s+841\.\d+ x 1191/);
  });

  it('refuses what it cannot print, writing nothing', () => {
    const out = path.join(dir, 'none.pdf');
    const missing = itinera(['print-map', project, '--area', '99', out]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/99/);
    const neither = itinera(['print-map', project, out]);
    expect(neither.status).toBe(2);
    expect(neither.stderr).toMatch(/--area ID .* or --bbox/);
    expect(itinera(['print-map', project, '--bbox', '15.6,48.4,15.5', out]).status).toBe(2);
    expect(itinera(['print-map', project, '--bbox', '15.61,48.4,15.6,48.41', out]).stderr).toMatch(/west edge/);
    expect(itinera(['print-map', project, '--bbox', '15.6,48.4,15.61,48.41', '--report', out]).status).toBe(2);
    expect(itinera(['print-map', project, '--area', '1', '--paper', 'a5', out]).status).toBe(2);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('saves PDFs from the app: the quarter’s map, and the route’s guide once per project language', async () => {
    await fetch(`${serve.origin}/api/${CHANNELS.updateContentLanguages}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-itinera-token': serve.token },
      body: JSON.stringify({ primary: 'en', further: ['de'] }),
    });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const app = await context.newPage();
    await app.goto(`${serve.url}&e2e=1`);
    await app.locator('[data-testid="areas-list-item"][data-area-id="1"]').click();
    const mapSection = app.getByTestId('map-print-section');
    await mapSection.locator('summary').click();
    await mapSection.getByLabel('Orientation').selectOption('portrait');
    const [map] = await Promise.all([
      app.waitForEvent('download', { timeout: 120_000 }),
      mapSection.getByTestId('print-map-save').click(),
    ]);
    expect(map.suggestedFilename()).toBe(`${QUARTER}.pdf`);
    const mapPdf = path.join(dir, 'saved-map.pdf');
    await map.saveAs(mapPdf);
    expect(text(mapPdf)).toContain(QUARTER);
    expect(execFileSync('pdfinfo', [mapPdf], { encoding: 'utf8' })).toMatch(/Page size:\s+594\.\d+ x 841/);
    await expect
      .poll(() => mapSection.getByTestId('print-map-status').textContent(), { timeout: 10_000 })
      .toBe(`Saved ${QUARTER}.pdf.`);

    // The sidebar prints the map's current view: a box of what it shows, titled after the project.
    await app.keyboard.press('Escape');
    const viewSection = app.getByTestId('view-print-section');
    await viewSection.locator('summary').click();
    const [viewPrint] = await Promise.all([
      context.waitForEvent('page'),
      viewSection.getByTestId('print-map-open').click(),
    ]);
    const asked = new URL(viewPrint.url()).searchParams;
    expect(asked.get('print')).toBe('map');
    expect(asked.get('box')?.split(',').map(Number)).toHaveLength(4);
    await waitForPrintView(viewPrint);
    await expect(viewPrint.getByTestId('map-print-title').textContent()).resolves.toBe(
      'Map of Krems old town (sample project)',
    );
    await viewPrint.close();

    await app.locator('[data-testid="routes-list-item"][data-route-id="1"]').click();
    const guideSection = app.getByTestId('guide-print-section');
    await guideSection.locator('summary').click();
    const names: string[] = [];
    const saved = new Promise<void>((resolve) =>
      app.on('download', async (download) => {
        names.push(download.suggestedFilename());
        await download.saveAs(path.join(dir, download.suggestedFilename()));
        if (names.length === 2) resolve();
      }),
    );
    await guideSection.getByTestId('print-guide-save-every').click();
    await saved;
    expect(names.sort()).toEqual(['Old town heritage walk (de).pdf', 'Old town heritage walk (en).pdf']);
    await expect
      .poll(() => guideSection.getByTestId('print-guide-status').textContent(), { timeout: 10_000 })
      .toMatch(/^Saved 2 PDFs: /);
    expect(text(path.join(dir, 'Old town heritage walk (de).pdf'))).toContain('Gehzeit');
    expect(text(path.join(dir, 'Old town heritage walk (en).pdf'))).toContain('Walking time');
    await context.close();
  });
});
