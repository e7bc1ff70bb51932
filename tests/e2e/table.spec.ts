import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../shared/api/contract.js';
import type { Place } from '../../shared/model/schemas.js';
import { openSampleInChromium, waitForMapIdle, type SampleSession } from '../helpers/browser.js';
import { tempDir } from '../helpers/temp-dir.js';
import { haveTools } from '../helpers/tools.js';

// The attribute table and the workspace filter in Chromium, against `itinera serve` on a copy of
// the sample project (21 places; one quarter, "Kremser Altstadt", holding all but #15, #17, #19).

const tools = haveTools('chromium');

interface MapHandle {
  getSource(id: string): { getData(): Promise<{ features: { id?: number | string }[] }> } | undefined;
  queryRenderedFeatures(options: { layers: string[] }): { id?: number | string }[];
  fitBounds(bounds: [number, number, number, number], options: { padding: number; duration: number }): void;
}

/** The place ids handed to the map's places source, and those drawn (after fitting them in view). */
async function placesOnMap(page: Page): Promise<{ source: number[]; rendered: number[] }> {
  const source = await page.evaluate(async () => {
    const { map } = (window as unknown as { __itinera: { map: MapHandle } }).__itinera;
    const data = await map.getSource('places')!.getData();
    return data.features.map((feature) => Number(feature.id)).sort((a, b) => a - b);
  });
  await page.evaluate(() => {
    const { map } = (window as unknown as { __itinera: { map: MapHandle } }).__itinera;
    // The sample's extent: every place comes into view, above the clustering zooms.
    map.fitBounds([15.598, 48.409, 15.612, 48.4155], { padding: 40, duration: 0 });
  });
  await waitForMapIdle(page);
  const rendered = await page.evaluate(() => {
    const { map } = (window as unknown as { __itinera: { map: MapHandle } }).__itinera;
    const ids = new Set<number>();
    for (const feature of map.queryRenderedFeatures({ layers: ['places-circle'] }))
      if (feature.id !== undefined) ids.add(Number(feature.id));
    return [...ids].sort((a, b) => a - b);
  });
  return { source, rendered };
}

async function tableRowIds(page: Page): Promise<number[]> {
  return page
    .getByTestId('table-row')
    .evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('data-row-id'))).sort((a, b) => a - b));
}

async function rowTexts(page: Page, column: string): Promise<string[]> {
  return page.locator(`[data-testid="table-row"] [data-column="${column}"]`).allTextContents();
}

describe.runIf(tools)('attribute table and filters in Chromium (serve mode)', () => {
  let page: Page;
  let session: SampleSession | undefined;

  const api = async <T>(channel: string, body: unknown): Promise<T> => {
    const { serve } = session!;
    const response = await fetch(`${serve.origin}/api/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-itinera-token': serve.token },
      body: JSON.stringify(body),
    });
    return ((await response.json()) as { value: T }).value;
  };

  beforeAll(async () => {
    // A tall window: the table's 21 rows all fit, so every row is in the DOM despite virtualisation.
    session = await openSampleInChromium(tempDir('itinera-table-'), {
      pageOptions: { viewport: { width: 1280, height: 1400 } },
    });
    page = session.page;
  }, 120_000);

  afterAll(() => session?.close());

  it('opens under the map with every place as a row, as a grid with a row count', async () => {
    await page.getByTestId('table-button').click();
    const grid = page.getByTestId('table-grid');
    await grid.waitFor();
    await expect(grid.getAttribute('role')).resolves.toBe('grid');
    await expect(grid.getAttribute('aria-rowcount')).resolves.toBe('22');
    expect(await tableRowIds(page)).toEqual(Array.from({ length: 21 }, (_, index) => index + 1));
    // The table shares the window with the map: both are visible, neither covers the other.
    const table = await page.getByTestId('attribute-table').boundingBox();
    const map = await page.getByTestId('map').boundingBox();
    expect(table && map && map.height > 200 && table.y >= map.y + map.height - 1).toBe(true);
  });

  it('sorts by a column on a click of its header, and the other way on a second click', async () => {
    await page.getByTestId('column-name').click();
    const names = await rowTexts(page, 'name');
    expect(names[0]).toBe('Altstadt Besucherinfo');
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    await page.getByTestId('column-name').click();
    expect((await rowTexts(page, 'name'))[0]).toBe('Werkhof Kremszeile');
    await expect(page.locator('[role="columnheader"][aria-sort="descending"]').textContent()).resolves.toContain(
      'Name',
    );
  });

  it('selects on the map when a row is clicked, and scrolls to the row when the map selects', async () => {
    await page.locator('[data-testid="table-row"][data-row-id="7"]').click();
    await expect(page.getByTestId('place-name-input').inputValue()).resolves.toBe('Kunstraum Alte Post');
    await expect(
      page.locator('[data-testid="table-row"][data-row-id="7"]').getAttribute('aria-selected'),
    ).resolves.toBe('true');
    // Keyboard: the arrow keys move the selection to the next row (descending by name).
    await page.getByTestId('table-grid').focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByTestId('place-name-input').inputValue()).resolves.toBe('Kremser Klangwerk');
    // And back: a selection made on the map marks its row.
    await page.evaluate(() =>
      (window as unknown as { __itinera: { selectPlace(id: number): void } }).__itinera.selectPlace(19),
    );
    await page.waitForSelector('[data-testid="table-row"][data-row-id="19"][aria-selected="true"]');
  });

  it('edits a cell in place: a refused value shows its error at the cell and changes nothing; a good one is saved', async () => {
    const row = page.locator('[data-testid="table-row"][data-row-id="19"]');
    await row.locator('[data-column="website"]').dblclick();
    const editor = page.getByTestId('cell-editor');
    await editor.fill('not a web address');
    await editor.press('Enter');
    await expect(page.getByTestId('cell-error').textContent()).resolves.toMatch(
      /Website: must be an http:\/\/ or https:\/\/ address/,
    );
    await editor.press('Escape');
    await expect(page.getByTestId('cell-editor').count()).resolves.toBe(0);
    expect((await api<Place>(CHANNELS.getPlace, { id: 19 })).website).toBe('');

    // Only the columns in view are in the DOM: back to the left edge, where the name is.
    await page.getByTestId('table-grid').evaluate((grid) => grid.scrollTo({ left: 0 }));
    await row.locator('[data-column="name"]').dblclick();
    await page.getByTestId('cell-editor').fill('Atelier Kremstal Architekten');
    await page.getByTestId('cell-editor').press('Enter');
    await page.waitForSelector('[data-testid="table-row"][data-row-id="19"] [data-column="name"]:text("Architekten")');
    expect((await api<Place>(CHANNELS.getPlace, { id: 19 })).name).toBe('Atelier Kremstal Architekten');

    await page.reload();
    await waitForMapIdle(page);
    await page.getByTestId('table-button').click();
    await expect(
      page.locator('[data-testid="table-row"][data-row-id="19"] [data-column="name"]').textContent(),
    ).resolves.toBe('Atelier Kremstal Architekten');
  }, 60_000);

  it('filters map and table alike by category and by area, keeps the filter over a reload, and clears it', async () => {
    await page.getByTestId('filter-button').click();
    await page.getByTestId('filter-category-select').selectOption('creative-firm');
    const firms = [13, 14, 15, 16, 17, 18, 19];
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="table-row"]').length === 7);
    expect(await tableRowIds(page)).toEqual(firms);
    expect(await placesOnMap(page)).toEqual({ source: firms, rendered: firms });

    await page.getByTestId('filter-area-select').selectOption({ label: 'Kremser Altstadt cultural quarter' });
    const firmsInside = [13, 14, 16, 18];
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="table-row"]').length === 4);
    expect(await tableRowIds(page)).toEqual(firmsInside);
    expect(await placesOnMap(page)).toEqual({ source: firmsInside, rendered: firmsInside });
    await expect(page.getByTestId('filter-chip').allTextContents()).resolves.toEqual([
      'Category: Creative SME or freelancer×',
      'Inside: Kremser Altstadt cultural quarter×',
    ]);
    await expect(page.getByTestId('table-row-count').textContent()).resolves.toBe('4 of 21 rows');

    await page.reload();
    await waitForMapIdle(page);
    await expect(page.getByTestId('filter-chip').count()).resolves.toBe(2);
    expect((await placesOnMap(page)).source).toEqual(firmsInside);

    // One chip off: the category filter alone again.
    await page.getByRole('button', { name: 'Remove filter “Inside: Kremser Altstadt cultural quarter”' }).click();
    expect((await placesOnMap(page)).source).toEqual(firms);

    await page.getByTestId('filter-clear-all').click();
    await expect(page.getByTestId('filter-chip').count()).resolves.toBe(0);
    const all = Array.from({ length: 21 }, (_, index) => index + 1);
    expect(await placesOnMap(page)).toEqual({ source: all, rendered: all });
    await page.getByTestId('table-button').click();
    expect(await tableRowIds(page)).toEqual(all);
  }, 90_000);
});
