import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALE_NAMES } from '../../shared/i18n/locales.js';
import { launchBrowser, waitForMapIdle } from '../helpers/browser.js';
import { itinera, ROOT, startServe, type ServeProcess } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { haveTools } from '../helpers/tools.js';

// The interface in the pseudo-locale (every catalog text accented and longer, ?lang=en-XA): no
// English word of the catalogs may be left on the first screen, so every text there came from a
// catalog. Then the language menu: switching changes <html lang> at once, without a reload, and
// the choice is kept by the backend (in the user's data folder: a fresh one here, so the other
// specs keep their English). Screenshots of en-XA and ar-XB go to .cache/screenshots.

const tools = haveTools('chromium');
const SCREENSHOTS = path.join(ROOT, '.cache', 'screenshots');

/** Every run of four or more letters in a catalog's messages (English: en.json; others: their file). */
function catalogWords(locale = 'en'): Set<string> {
  const file = path.join(ROOT, 'shared/i18n/locales', `${locale}.json`);
  const catalog = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string | { defaultMessage: string }>;
  const words = new Set<string>();
  for (const message of Object.values(catalog)) {
    const text = typeof message === 'string' ? message : message.defaultMessage;
    for (const word of text.match(/\p{L}{4,}/gu) ?? []) words.add(word.toLowerCase());
  }
  return words;
}

/**
 * The text a person sees on the page, without project data (elements marked data-content: the
 * project's name, place names in lists) and without the map itself (its canvas, with place names
 * and the basemap's credits).
 */
function visibleText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    const excluded = (element: Element) => element.closest('[data-content], [data-testid="map"], script, style');
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim();
      if (!parent || !text || excluded(parent) || parent.closest('option, select')) continue;
      if (parent.checkVisibility({ visibilityProperty: true, opacityProperty: true })) texts.push(text);
    }
    // A closed drop-down shows its chosen option only.
    for (const select of Array.from(document.querySelectorAll('select')))
      if (!excluded(select) && select.checkVisibility()) texts.push(select.selectedOptions[0]?.text ?? '');
    return texts;
  });
}

describe.runIf(tools)('the interface in other languages (serve mode)', () => {
  let serve: ServeProcess;
  let browser: Browser;
  let page: Page;
  const project = path.join(tempDir('itinera-language-'), 'sample.gpkg');
  const dataDir = tempDir('itinera-language-data-');

  beforeAll(async () => {
    const written = itinera(['sample', project]);
    if (written.status !== 0) throw new Error(`itinera sample failed: ${written.stderr}`);
    serve = await startServe(['--project', project], { ITINERA_DATA_DIR: dataDir });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${serve.url}&e2e=1&lang=en-XA`);
    await waitForMapIdle(page);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await serve?.stop();
  });

  it('shows no English word of the catalogs on the first screen in the pseudo-locale', async () => {
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en-XA');
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'language-en-XA.png') });
    const words = catalogWords();
    const texts = await visibleText(page);
    expect(texts.length).toBeGreaterThan(20);
    const english = texts.flatMap((text) =>
      (text.match(/\p{L}{4,}/gu) ?? [])
        .filter((word) => words.has(word.toLowerCase()))
        .map((word) => `${word} in “${text}”`),
    );
    expect(english).toEqual([]);
  });

  it('lays the first screen out right-to-left in the mirrored pseudo-locale', async () => {
    const rtl = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await rtl.goto(`${serve.url}&e2e=1&lang=ar-XB`);
    await waitForMapIdle(rtl);
    await expect(rtl.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).resolves.toEqual([
      'ar-XB',
      'rtl',
    ]);
    await rtl.screenshot({ path: path.join(SCREENSHOTS, 'language-ar-XB.png') });
    // The sidebar sits on the right, the map on the left.
    const [sidebar, map] = await Promise.all(
      ['.sidebar', '.map-area'].map((selector) =>
        rtl.locator(selector).evaluate((element) => element.getBoundingClientRect().left),
      ),
    );
    expect(sidebar).toBeGreaterThan(map!);
    await rtl.close();
    // A page load with its first paint in software WebGL (over 30 s once on a busy machine).
  }, 90_000);

  it(
    'switches the language from the menu and back, at once and without a reload; the choice is kept',
    { timeout: 120_000 },
    async () => {
      const menu = page.getByTestId('language-menu');
      await expect(menu.locator('option').allTextContents()).resolves.toEqual([
        expect.stringMatching(/^\[.+\]$/),
        ...Object.values(LOCALE_NAMES),
      ]);
      await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));

      await menu.selectOption('de');
      await page.waitForFunction(() => document.documentElement.lang === 'de');
      await expect(page.evaluate(() => document.documentElement.dir)).resolves.toBe('ltr');
      // The pseudo-locale is gone from every text at once.
      await expect(page.getByTestId('add-place-button').textContent()).resolves.not.toMatch(/^\[/);
      // Kept by the backend: a reload (the address no longer has ?lang=) opens in German.
      await expect(page.evaluate(() => new URL(window.location.href).searchParams.get('lang'))).resolves.toBe(null);

      await menu.selectOption('');
      // "System language": the browser's, English here.
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      await expect(
        page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument),
      ).resolves.toBe(true);

      await menu.selectOption('fr');
      await page.waitForFunction(() => document.documentElement.lang === 'fr');
      await page.reload();
      await waitForMapIdle(page);
      await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('fr');
      await expect(page.getByTestId('language-menu').inputValue()).resolves.toBe('fr');

      // A restart of the app (a new serve process, a new port, so a new browser storage) keeps it.
      await serve.stop();
      serve = await startServe(['--project', project], { ITINERA_DATA_DIR: dataDir });
      const restarted = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      await restarted.goto(`${serve.url}&e2e=1`);
      await waitForMapIdle(restarted);
      await expect(restarted.evaluate(() => document.documentElement.lang)).resolves.toBe('fr');
      await restarted.close();
    },
  );
});

describe.runIf(tools)('the first screen in the browser’s language (serve mode)', () => {
  let serve: ServeProcess;
  let browser: Browser;

  beforeAll(async () => {
    const project = path.join(tempDir('itinera-locales-'), 'sample.gpkg');
    const written = itinera(['sample', project]);
    if (written.status !== 0) throw new Error(`itinera sample failed: ${written.stderr}`);
    // A fresh data folder: no language chosen, so the browser's language decides.
    serve = await startServe(['--project', project], { ITINERA_DATA_DIR: tempDir('itinera-locales-data-') });
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await serve?.stop();
  });

  const english = catalogWords();
  it.each([
    ['de', 'de-AT'],
    ['fr', 'fr-FR'],
    ['it', 'it-IT'],
    ['es', 'es-ES'],
    ['pt', 'pt-PT'],
    ['nl', 'nl-NL'],
  ])(
    'speaks %s to a browser set to %s: no English text of the catalogs on the first screen',
    async (language, tag) => {
      const context = await browser.newContext({ locale: tag, viewport: { width: 1280, height: 720 } });
      const page = await context.newPage();
      await page.goto(`${serve.url}&e2e=1`);
      await waitForMapIdle(page);
      await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe(language);
      fs.mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: path.join(SCREENSHOTS, `language-${language}.png`) });
      // Words of the English catalog that this language's catalog never uses are English left over.
      const own = catalogWords(language);
      const texts = await visibleText(page);
      expect(texts.length).toBeGreaterThan(20);
      const leftovers = texts.flatMap((text) =>
        (text.match(/\p{L}{4,}/gu) ?? [])
          .filter((word) => english.has(word.toLowerCase()) && !own.has(word.toLowerCase()))
          .map((word) => `${word} in “${text}”`),
      );
      expect(leftovers).toEqual([]);
      await context.close();
      // A page load with its first paint in software WebGL: seconds each, more on a busy machine.
    },
    90_000,
  );
});
