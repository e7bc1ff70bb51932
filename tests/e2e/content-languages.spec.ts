import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, type ContentLanguagesInfo } from '../../shared/api/contract.js';
import type { Place, Route } from '../../shared/model/schemas.js';
import { openSampleInChromium, waitForMapIdle, type SampleSession } from '../helpers/browser.js';
import { tempDir } from '../helpers/temp-dir.js';
import { haveTools } from '../helpers/tools.js';

// Content in several languages (issue #11) in Chromium against `itinera serve` on a copy of the
// sample project (primary language English): add French in Content languages, type a French
// name beside the English one in the place panel, save; it is stored, survives a reload, is
// undone with Ctrl+Z, and the map draws it when names are shown in French (the others fall back).

const tools = haveTools('chromium');
const SHOTS = path.join(import.meta.dirname, '..', '..', '.cache', 'screenshots');

interface MapHandle {
  getSource(id: string): { getData(): Promise<{ features: { id?: number; properties: { name: string } }[] }> };
}

/** The names the map's places source holds, by place id. */
async function mapNames(page: Page): Promise<Map<number, string>> {
  const entries = await page.evaluate(async () => {
    const { map } = (window as unknown as { __itinera: { map: MapHandle } }).__itinera;
    const data = await map.getSource('places').getData();
    return data.features.map((feature) => [Number(feature.id), feature.properties.name] as const);
  });
  return new Map(entries);
}

describe.runIf(tools)('content languages in Chromium (serve mode)', () => {
  let session: SampleSession | undefined;
  let page: Page;

  const api = async <T>(channel: string, body: unknown): Promise<T> => {
    const { serve } = session!;
    const response = await fetch(`${serve.origin}/api/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-itinera-token': serve.token },
      body: JSON.stringify(body),
    });
    return ((await response.json()) as { value: T }).value;
  };
  const selectGozzoburg = () =>
    page.evaluate(() =>
      (window as unknown as { __itinera: { selectPlace(id: number): void } }).__itinera.selectPlace(1),
    );

  beforeAll(async () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    session = await openSampleInChromium(tempDir('itinera-e2e-languages-'), {
      pageOptions: { viewport: { width: 1280, height: 1000 } },
    });
    page = session.page;
  }, 120_000);

  afterAll(() => session?.close());

  it('adds French as a further language in the Content languages dialog', async () => {
    await page.getByTestId('content-languages-button').click();
    const dialog = page.getByTestId('content-languages-dialog');
    await dialog.waitFor();
    await expect(dialog.getByTestId('primary-language').textContent()).resolves.toBe('English (en)');
    // A code that is no language is refused with the reason, and nothing is added.
    await dialog.getByTestId('language-code-input').fill('fr!');
    await dialog.getByTestId('add-language-button').click();
    await expect(dialog.getByTestId('error-message').textContent()).resolves.toContain('“fr!” is not a language code');
    await dialog.getByTestId('language-code-input').fill('FR');
    await dialog.getByTestId('add-language-button').click();
    await dialog.getByTestId('further-languages').waitFor();
    await expect(dialog.getByTestId('further-languages').textContent()).resolves.toContain('French (fr)');
    await page.screenshot({ path: path.join(SHOTS, 'content-languages-dialog.png') });
    expect(await api<ContentLanguagesInfo>(CHANNELS.getContentLanguages, {})).toMatchObject({
      primary: 'en',
      further: ['fr'],
    });
    await dialog.getByTestId('close-languages-button').click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('a French name typed beside the English one in the place panel is saved', async () => {
    await selectGozzoburg();
    await expect(page.getByTestId('place-name-input').inputValue()).resolves.toBe('Gozzoburg');
    const french = page.getByTestId('translation-name-fr');
    // Empty: the primary name shows through as the placeholder (the fallback).
    await expect(french.getAttribute('placeholder')).resolves.toBe('Gozzoburg');
    await french.fill('Château de Gozzo');
    await page.getByTestId('translation-description-fr').fill('Château urbain gothique avec fresques');
    await page.getByTestId('save-place-button').click();
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    await page.getByTestId('place-description-input').evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: path.join(SHOTS, 'place-panel-translations.png') });
    const stored = await api<Place>(CHANNELS.getPlace, { id: 1 });
    expect(stored.name).toBe('Gozzoburg');
    expect(stored.translations).toEqual({
      fr: { name: 'Château de Gozzo', description: 'Château urbain gothique avec fresques' },
    });

    // After a reload the panel shows it again.
    await page.reload();
    await waitForMapIdle(page);
    await selectGozzoburg();
    await expect(page.getByTestId('translation-name-fr').inputValue()).resolves.toBe('Château de Gozzo');
  }, 120_000);

  it('the map draws names in French where there is a French name, the primary name elsewhere', async () => {
    expect((await mapNames(page)).get(1)).toBe('Gozzoburg');
    await page.getByTestId('content-languages-button').click();
    await page.getByTestId('map-language-select').selectOption('fr');
    await page.getByTestId('close-languages-button').click();
    await waitForMapIdle(page);
    await expect.poll(async () => (await mapNames(page)).get(1), { timeout: 10_000 }).toBe('Château de Gozzo');
    expect((await mapNames(page)).get(2)).toBe('Pfarrkirche St. Veit');
    await page.screenshot({ path: path.join(SHOTS, 'map-names-in-french.png') });
  }, 60_000);

  it('Ctrl+Z undoes the French name; the panel follows', async () => {
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await expect
      .poll(async () => (await api<Place>(CHANNELS.getPlace, { id: 1 })).translations, { timeout: 10_000 })
      .toBeUndefined();
    await selectGozzoburg();
    await expect.poll(() => page.getByTestId('translation-name-fr').inputValue(), { timeout: 10_000 }).toBe('');
  });

  it("a route's French name and description are edited beside the English ones in the route panel", async () => {
    const [route] = await api<Route[]>(CHANNELS.listRoutes, {});
    if ((await page.getByTestId('close-place-panel-button').count()) > 0)
      await page.getByTestId('close-place-panel-button').click();
    await page.locator(`[data-testid="routes-list-item"][data-route-id="${route!.id}"]`).click();
    await page.getByTestId('route-panel').waitFor();
    const french = page.getByTestId('route-translations').getByTestId('translation-name-fr');
    await expect(french.getAttribute('placeholder')).resolves.toBe(route!.name);
    await french.fill('Promenade de la vieille ville');
    await page.getByTestId('route-translations').getByTestId('translation-description-fr').fill('Églises et fontaines');
    await page.getByTestId('route-form-save').click();
    await expect
      .poll(async () => (await api<Route[]>(CHANNELS.listRoutes, {}))[0]!.translations, { timeout: 10_000 })
      .toEqual({ fr: { name: 'Promenade de la vieille ville', description: 'Églises et fontaines' } });
    await page.getByTestId('close-route-panel-button').click();
  }, 60_000);
});
