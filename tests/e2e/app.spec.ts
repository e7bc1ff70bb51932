import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../shared/api/contract.js';
import { menuCommandScript } from '../../shared/api/menu-commands.js';
import { isLocal, openSampleInChromium, waitForMapIdle, type SampleSession } from '../helpers/browser.js';
import { type ServeProcess } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { haveTools } from '../helpers/tools.js';

// The real app in Debian's Chromium against `itinera serve` on a copy of the sample project.

const tools = haveTools('chromium');

describe.runIf(tools)('Itinera in Chromium (serve mode)', () => {
  let serve: ServeProcess;
  let page: Page;
  let requests: string[];
  let session: SampleSession | undefined;

  beforeAll(async () => {
    session = await openSampleInChromium(tempDir('itinera-e2e-'));
    ({ serve, page, requests } = session);
  }, 120_000);

  afterAll(() => session?.close());

  it('reaches idle with the sample places drawn on the map, in colour, with the project named', async () => {
    await expect(page.getByTestId('project-name').textContent()).resolves.toContain('Krems old town');
    await expect(page.getByTestId('sample-badge').isVisible()).resolves.toBe(true);
    const rendered = await page.evaluate(() => {
      const { map } = (
        window as unknown as {
          __itinera: { map: { queryRenderedFeatures(): { source: string; id?: number | string }[] } };
        }
      ).__itinera;
      const ids = new Set<number | string>();
      for (const feature of map.queryRenderedFeatures())
        if (feature.source === 'places' && feature.id !== undefined) ids.add(feature.id);
      return ids.size;
    });
    expect(rendered).toBe(21);
    await expect(page.getByTestId('legend').textContent()).resolves.toMatch(
      /Heritage sites[\s\S]*Creative firms[\s\S]*Tourism operators/,
    );
  });

  it('lists the expected firms and operators near a heritage site, nearest first, and links one', async () => {
    await page.evaluate(() =>
      (window as unknown as { __itinera: { selectPlace(id: number): void } }).__itinera.selectPlace(1),
    );
    await expect(page.getByTestId('place-name-input').inputValue()).resolves.toBe('Gozzoburg');
    await page.getByTestId('nearby-distance-select').selectOption('250');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="nearby-item"]').length === 5);
    const items = page.getByTestId('nearby-item');
    const names = await items.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-place-id')));
    expect(names).toEqual(['13', '18', '20', '14', '12']);
    const text = await items.allTextContents();
    expect(text[0]).toMatch(/Studio Hoher Markt[\s\S]*49 m/);
    expect(text[4]).toMatch(/Altstadt Besucherinfo[\s\S]*214 m/);
    // Link the nearest unlinked firm (Verlag Piaristengasse, #18); the link is stored and drawn.
    await items.nth(1).getByTestId('nearby-link-button').click();
    await page.waitForFunction(
      () =>
        !document.querySelector('[data-testid="nearby-item"][data-place-id="18"] [data-testid="nearby-link-button"]'),
    );
    const response = await fetch(`${serve.origin}/api/${CHANNELS.listLinks}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-itinera-token': serve.token },
      body: '{}',
    });
    const links = ((await response.json()) as { value: { fromPlaceId: number; toPlaceId: number }[] }).value;
    expect(links.some((link) => [link.fromPlaceId, link.toPlaceId].sort().join() === '1,18')).toBe(true);
    await waitForMapIdle(page);
    const linkLines = await page.evaluate(() => {
      const { map } = (window as unknown as { __itinera: { map: { querySourceFeatures(id: string): unknown[] } } })
        .__itinera;
      return map.querySourceFeatures('links').length;
    });
    expect(linkLines).toBeGreaterThanOrEqual(8);
  });

  it('adds a place by clicking the map, and it survives a reload', async () => {
    await page.getByTestId('add-place-button').click();
    await page.mouse.click(900, 420);
    await page.getByTestId('new-place-name-input').fill('Neue Galerie am Hafen');
    await page.getByTestId('new-place-category-select').selectOption('gallery');
    await page.getByTestId('create-place-button').click();
    await expect
      .poll(() => page.getByTestId('place-name-input').inputValue(), { timeout: 10_000 })
      .toBe('Neue Galerie am Hafen');
    await page.reload();
    await waitForMapIdle(page);
    await page.getByTestId('search-input').fill('Hafen');
    await page.getByTestId('search-result').first().waitFor({ timeout: 10_000 });
    await expect(page.getByTestId('search-result').first().textContent()).resolves.toContain('Neue Galerie am Hafen');
    // Two full page loads (add, reload): room for a loaded machine.
  }, 60_000);

  it('runs the desktop menu commands (File → Import…, Export…) through the page', async () => {
    const chooser = page.waitForEvent('filechooser', { timeout: 10_000 });
    await page.evaluate(menuCommandScript('import'));
    expect((await chooser).isMultiple()).toBe(false);
    await page.evaluate(menuCommandScript('export'));
    await page.getByTestId('export-dialog').waitFor({ timeout: 10_000 });
    await page.keyboard.press('Escape');
    await page.getByTestId('export-dialog').waitFor({ state: 'hidden', timeout: 10_000 });
  });

  it('refuses API calls without the token', async () => {
    const status = await page.evaluate(async (channel) => {
      const response = await fetch(`/api/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      return response.status;
    }, CHANNELS.listPlaces);
    expect(status).toBe(401);
  });

  it('made no request outside 127.0.0.1', () => {
    expect(requests.length).toBeGreaterThan(3);
    expect(requests.filter((url) => !isLocal(url))).toEqual([]);
  });
});
