import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../shared/api/contract.js';
import { isLocal, openSampleInChromium, waitForMapIdle, type SampleSession } from '../helpers/browser.js';
import { ROOT, type ServeProcess } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { haveTools } from '../helpers/tools.js';

// Import and export in Debian's Chromium against `itinera serve` on a copy of the sample project:
// a CSV dropped on the map, previewed and mapped by the user, then imported; the legend filter,
// and an export that follows it, downloaded as a file.

const tools = haveTools('chromium');

// Semicolons and decimal commas, as a German spreadsheet writes them. "Bezeichnung" is a known
// name column; "Sparte" is not a known category column, so the user has to choose it. Row 4 has a
// latitude outside -90..90; row 3 has markup that must show as text.
const CSV = [
  'Bezeichnung;Sparte;lon;lat;Notiz',
  'Galerie Obere Landstraße;gallery;15,6038;48,4118;Eröffnung 2024',
  'Museum Dominikanerkirche;museum;15,6066;48,4105;<b>nicht fett</b>',
  'Atelier Fehlerhaft;gallery;15,6050;91;Breite falsch',
  '',
].join('\n');

interface SampleData {
  places: { name: string; category: string }[];
}

const sample = JSON.parse(
  fs.readFileSync(path.join(ROOT, 'data', 'sample', 'krems-old-town.json'), 'utf8'),
) as SampleData;
const SAMPLE_CREATIVE_FIRMS = sample.places
  .filter((place) => place.category === 'creative-firm')
  .map((place) => place.name)
  .sort();

/** How many features the map's `places` source holds (what the map draws, after the filter). */
function placesOnMap(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const { map } = (
      window as unknown as {
        __itinera: { map: { getSource(id: string): { getData(): Promise<{ features: unknown[] }> } } };
      }
    ).__itinera;
    return (await map.getSource('places').getData()).features.length;
  });
}

describe.runIf(tools)('Import and export in Chromium (serve mode)', () => {
  let serve: ServeProcess;
  let page: Page;
  let requests: string[];
  let session: SampleSession | undefined;

  beforeAll(async () => {
    session = await openSampleInChromium(tempDir('itinera-e2e-transfer-'), { pageOptions: { acceptDownloads: true } });
    ({ serve, page, requests } = session);
  }, 120_000);

  afterAll(() => session?.close());

  it('imports a CSV dropped on the map once the user maps its category column', async () => {
    expect(SAMPLE_CREATIVE_FIRMS).toHaveLength(7);
    await expect(placesOnMap(page)).resolves.toBe(21);

    const map = page.getByTestId('map');
    const dataTransfer = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'krems-neu.csv', { type: 'text/csv' }));
      return transfer;
    }, CSV);
    await map.dispatchEvent('dragenter', { dataTransfer });
    await map.dispatchEvent('dragover', { dataTransfer });
    await page.getByTestId('drop-overlay').waitFor();
    await map.dispatchEvent('drop', { dataTransfer });
    await page.getByTestId('import-preview-table').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('drop-overlay').count()).toBe(0);

    const preview = page.getByTestId('import-preview');
    await expect(preview.getByRole('heading').first().textContent()).resolves.toBe('Import krems-neu.csv');
    await expect(page.getByTestId('import-format').textContent()).resolves.toBe('CSV · 3 rows');
    const notes = await page.getByTestId('import-notes').getByRole('listitem').allTextContents();
    expect(notes).toEqual(['encoding utf-8', 'semicolon-separated', 'coordinates from "lon" and "lat"']);

    // Detected: the name column; not the category column.
    await expect(page.getByTestId('mapping-name-select').inputValue()).resolves.toBe('Bezeichnung');
    await expect(page.getByTestId('mapping-category-select').inputValue()).resolves.toBe('');
    await expect(page.getByTestId('import-planned').textContent()).resolves.toBe(
      '0 places, 0 quarters, 0 routes will be imported',
    );
    await expect(page.getByTestId('run-import-button').isDisabled()).resolves.toBe(true);
    const problems = page.getByTestId('import-problems').getByRole('listitem');
    await expect(problems.allTextContents()).resolves.toEqual([
      'Row 2: no category: map a category column or choose a default category',
      'Row 3: no category: map a category column or choose a default category',
      'Row 4: invalid coordinate: latitude 91 is outside -90..90',
    ]);

    // The file's cells are text: markup shows as written and adds no element.
    const table = page.getByTestId('import-preview-table');
    await expect(table.textContent()).resolves.toContain('<b>nicht fett</b>');
    expect(await table.locator('b').count()).toBe(0);

    await page.getByTestId('mapping-category-select').selectOption('Sparte');
    await expect
      .poll(() => page.getByTestId('import-planned').textContent(), { timeout: 10_000 })
      .toBe('2 places, 0 quarters, 0 routes will be imported');
    await expect(problems.allTextContents()).resolves.toEqual([
      'Row 4: invalid coordinate: latitude 91 is outside -90..90',
    ]);
    await expect(page.getByTestId('run-import-button').isEnabled()).resolves.toBe(true);

    await page.getByTestId('run-import-button').click();
    await preview.waitFor({ state: 'detached', timeout: 15_000 });
    await expect(page.getByTestId('status-message').textContent()).resolves.toContain(
      'Imported 2 places from krems-neu.csv; 1 row skipped.',
    );
    await expect.poll(() => placesOnMap(page), { timeout: 10_000 }).toBe(23);
    await waitForMapIdle(page);

    // Stored as mapped: decimal commas read, category from "Sparte", "Notiz" kept as a custom field.
    const response = await fetch(`${serve.origin}/api/${CHANNELS.listPlaces}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-itinera-token': serve.token },
      body: '{}',
    });
    const stored = (
      (await response.json()) as {
        value: {
          name: string;
          category: string;
          longitude: number;
          latitude: number;
          customFields: Record<string, unknown>;
        }[];
      }
    ).value;
    const galerie = stored.find((place) => place.name === 'Galerie Obere Landstraße');
    expect(galerie).toMatchObject({ category: 'gallery', longitude: 15.6038, latitude: 48.4118 });
    expect(galerie?.customFields).toEqual({ Notiz: 'Eröffnung 2024' });
    expect(stored.find((place) => place.name === 'Museum Dominikanerkirche')?.category).toBe('museum');
    expect(stored.some((place) => place.name === 'Atelier Fehlerhaft')).toBe(false);

    await page.getByTestId('search-input').fill('Dominikanerkirche');
    await page.getByTestId('search-result').first().waitFor({ timeout: 10_000 });
    await expect(page.getByTestId('search-result').first().textContent()).resolves.toContain(
      'Museum Dominikanerkirche',
    );
    await page.getByTestId('search-input').fill('');
  });

  it('exports just the creative firms when the legend shows only them', async () => {
    await page.getByTestId('hide-all-families-button').click();
    await page.getByTestId('legend-family-creative-firm').click();
    await expect(page.getByTestId('legend-family-creative-firm').getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(page.getByTestId('legend-family-heritage').getAttribute('aria-pressed')).resolves.toBe('false');
    await expect(page.getByTestId('filter-summary').textContent()).resolves.toBe(
      'Showing 1 of 10 kinds · 7 of 23 places',
    );
    await expect.poll(() => placesOnMap(page), { timeout: 10_000 }).toBe(7);

    await page.getByTestId('export-button').click();
    await page.getByTestId('export-format-select').selectOption('geojson');
    await expect(page.getByTestId('export-scope').textContent()).resolves.toBe(
      'Follows the filter: exports the 7 places shown (of 23).',
    );
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 15_000 }),
      page.getByTestId('run-export-button').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.geojson$/);
    const file = await download.path();
    const collection = JSON.parse(fs.readFileSync(file, 'utf8')) as {
      type: string;
      features: { geometry: { type: string }; properties: { feature_type: string; name: string; category: string } }[];
    };
    expect(collection.type).toBe('FeatureCollection');
    // write-geojson tells places from quarters and routes by `feature_type`.
    const exportedPlaces = collection.features.filter((feature) => feature.properties.feature_type === 'place');
    expect(exportedPlaces.map((feature) => feature.properties.name).sort()).toEqual(SAMPLE_CREATIVE_FIRMS);
    expect(exportedPlaces.every((feature) => feature.geometry.type === 'Point')).toBe(true);
    await page.getByTestId('export-dialog').waitFor({ state: 'detached' });
    await expect(page.getByTestId('status-message').textContent()).resolves.toMatch(
      /^Exported 7 places, 1 quarter and 1 route to .+\.geojson\./,
    );

    await page.getByTestId('clear-filter-button').click();
    await expect.poll(() => placesOnMap(page), { timeout: 10_000 }).toBe(23);
    expect(await page.getByTestId('clear-filter-button').count()).toBe(0);
  });

  it('shows why a file cannot be imported, and Escape closes the dialog', async () => {
    await page.getByTestId('import-file-input').setInputFiles({
      name: 'ohne-koordinaten.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('name;category\nKunstraum;gallery\n'),
    });
    const error = page.getByTestId('import-preview').getByTestId('error-message');
    await error.waitFor({ timeout: 15_000 });
    await expect(error.textContent()).resolves.toMatch(/^ohne-koordinaten\.csv, line 1: no coordinate columns/);
    await page.keyboard.press('Escape');
    await page.getByTestId('import-preview').waitFor({ state: 'detached' });
    await expect(placesOnMap(page)).resolves.toBe(23);
  });

  it('made no request outside 127.0.0.1', () => {
    expect(requests.length).toBeGreaterThan(3);
    expect(requests.filter((url) => !isLocal(url))).toEqual([]);
  });
});
