import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isLocal, openSampleInChromium, waitForMapIdle, type SampleSession } from '../helpers/browser.js';
import { ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { haveTools, IN_CI } from '../helpers/tools.js';

// Importing an OpenStreetMap extract in Chromium (serve mode): the file is chosen, uploaded, and
// imported as a job whose progress the dialog shows; Cancel leaves the project as it was. Into the
// sample (curated places in Krems), the import first lists the places it found to be ones the
// project already has and writes nothing until they are accepted: no copies (issue #14 point 3).
// The category mapping follows ESSnet-Culture and is edited in its dialog; a re-import applies it
// (point 4).

const tools = haveTools('chromium');
const EXTRACTS = path.resolve(ROOT, '..', 'shared', 'data', 'osm');
const haveExtracts = fs.existsSync(path.join(EXTRACTS, 'krems.osm.gz'));
if (!haveExtracts && IN_CI) throw new Error(`CI=true and the OSM extracts in ${EXTRACTS} are missing`);

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

interface MapHook {
  __itinera: {
    map: {
      jumpTo(options: { center: [number, number]; zoom: number }): void;
      getBounds(): { contains(point: [number, number]): boolean };
    };
  };
}
const KREMS: [number, number] = [15.6, 48.41];
const BAYREUTH: [number, number] = [11.55, 50.0];

/** Whether the map now shows this point. */
function inView(page: Page, point: [number, number]): Promise<boolean> {
  return page.evaluate((at) => (window as unknown as MapHook).__itinera.map.getBounds().contains(at), point);
}

/** Runs a query on the project file (read-only, beside the server's connection). */
function query<T>(file: string, sql: string): T[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare<[], T>(sql).all();
  } finally {
    db.close();
  }
}

describe.runIf(tools && haveExtracts)('OpenStreetMap import in Chromium (serve mode)', () => {
  let session: SampleSession | undefined;
  let page: Page;
  let requests: string[];
  const shots = path.join(ROOT, '.cache');

  beforeAll(async () => {
    session = await openSampleInChromium(tempDir('itinera-e2e-osm-'));
    ({ page, requests } = session);
    fs.mkdirSync(shots, { recursive: true });
  }, 120_000);
  afterAll(() => session?.close());

  it('cancelling the import leaves the project file byte for byte as it was', async () => {
    const before = fs.readFileSync(session!.project);
    await page.getByTestId('osm-import-file-input').setInputFiles(path.join(EXTRACTS, 'north-bayreuth.osm.gz'));
    const dialog = page.getByTestId('osm-import-dialog');
    await dialog.waitFor();
    await page.getByTestId('osm-import-start').click();
    await page.getByTestId('osm-import-cancel').waitFor();
    await page.screenshot({ path: path.join(shots, 'osm-import-progress.png') });
    await page.getByTestId('osm-import-cancel').click();
    await dialog.waitFor({ state: 'detached', timeout: 60_000 });
    await expect(page.getByTestId('status-message').textContent()).resolves.toContain(
      'Import of north-bayreuth.osm.gz cancelled; the project is unchanged.',
    );
    expect(fs.readFileSync(session!.project).equals(before)).toBe(true);
  }, 120_000);

  it('imports Krems into the sample: the review lists the curated places first; accepted, no copies', async () => {
    await expect(placesOnMap(page)).resolves.toBe(21);
    await page.getByTestId('osm-import-file-input').setInputFiles(path.join(EXTRACTS, 'krems.osm.gz'));
    const dialog = page.getByTestId('osm-import-dialog');
    await dialog.waitFor();
    await expect(dialog.getByRole('heading').first().textContent()).resolves.toBe(
      'Import OpenStreetMap extract krems.osm.gz',
    );
    await page.screenshot({ path: path.join(shots, 'osm-import-options.png') });
    const before = fs.readFileSync(session!.project);
    await page.getByTestId('osm-import-start').click();
    const review = page.getByTestId('osm-review');
    await review.waitFor({ timeout: 90_000 });
    // Nothing is written while the list is shown.
    expect(fs.readFileSync(session!.project).equals(before)).toBe(true);
    const rows = page.getByTestId('osm-review-match');
    await expect(rows.count()).resolves.toBe(5);
    const texts = await rows.allTextContents();
    expect(texts.find((text) => text.startsWith('Klinglhuber'))).toContain('Hotel Klinglhuber');
    expect(texts.filter((text) => text.includes('Gozzoburg'))).toHaveLength(2);
    expect(texts.find((text) => text.startsWith('Dreifaltigkeitsplatz'))).toContain('Same category');
    await expect(page.getByTestId('osm-review-summary').textContent()).resolves.toBe(
      'Also: 9 new places, 0 places imported before updated, 0 unchanged.',
    );
    await page.screenshot({ path: path.join(shots, 'osm-import-review.png') });
    // Keyboard: focus starts on "Accept all matches"; Space unticks all, Space ticks them again.
    const acceptAll = page.getByRole('checkbox', { name: 'Accept all matches' });
    await expect(acceptAll.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Space');
    await expect(
      page.getByRole('checkbox', { name: 'Accept: Klinglhuber is Hotel Klinglhuber' }).isChecked(),
    ).resolves.toBe(false);
    await page.keyboard.press('Space');
    await expect(acceptAll.isChecked()).resolves.toBe(true);
    await page.getByTestId('osm-review-confirm').click();
    await dialog.waitFor({ state: 'detached', timeout: 90_000 });
    await expect(page.getByTestId('status-message').textContent()).resolves.toMatch(
      /Imported krems\.osm\.gz: 9 places added, 0 updated, 4 matched with places you already have, 0 removed; walking network of [\d,]+ ways\./,
    );
    await expect.poll(() => placesOnMap(page), { timeout: 30_000 }).toBe(30);
    // No copy of a curated place: one Gozzoburg, one Magistrat Krems, one Klinglhuber, one Dreifaltigkeit….
    const names = query<{ name: string }>(session!.project, 'SELECT name FROM places').map((row) => row.name);
    for (const pattern of [/Gozzoburg/, /Magistrat Krems/, /Klinglhuber/, /Dreifaltigkeit/])
      expect(
        names.filter((name) => pattern.test(name)),
        String(pattern),
      ).toHaveLength(1);
    // The tax office (office=tax) that the old mapping made a creative firm is no place at all.
    expect(names).not.toContain('Finanzamt Waldviertel');
    await waitForMapIdle(page);
    expect(requests.filter((url) => !isLocal(url))).toEqual([]);
  }, 180_000);

  it('a mapping rule changed in its dialog applies at the re-import (guest houses left out)', async () => {
    const guestHouses = "SELECT id FROM places WHERE json_extract(custom_fields, '$.tourism') = 'guest_house'";
    expect(query(session!.project, guestHouses)).toHaveLength(4);
    await page.getByTestId('osm-import-file-input').setInputFiles(path.join(EXTRACTS, 'krems.osm.gz'));
    const dialog = page.getByTestId('osm-import-dialog');
    await dialog.waitFor();
    await page.getByTestId('osm-categories-button').click();
    const mapping = page.getByTestId('osm-mapping-dialog');
    await mapping.waitFor();
    await page.getByTestId('osm-mapping-filter').fill('tourism=');
    const row = mapping.locator('[data-tag="tourism=guest_house"]');
    await expect(row.getByTestId('osm-rule-count').textContent()).resolves.toBe('4');
    await expect(
      mapping.locator('[data-tag="tourism=hotel"]').getByTestId('osm-rule-count').textContent(),
    ).resolves.toBe('2');
    await page.screenshot({ path: path.join(shots, 'osm-mapping-dialog.png') });
    // A labelled control: found by its name, as a screen reader announces it.
    await page.getByRole('combobox', { name: 'What tourism=guest_house becomes' }).selectOption('none');
    await expect.poll(() => page.getByTestId('osm-mapping-status').textContent()).toBe('Saved tourism=guest_house.');
    await expect(
      row.getByRole('combobox', { name: 'Creative sector of tourism=guest_house' }).isDisabled(),
    ).resolves.toBe(true);
    await page.getByTestId('osm-mapping-close').click();
    await mapping.waitFor({ state: 'detached' });
    await page.getByTestId('osm-import-start').click();
    await page.getByTestId('osm-review').waitFor({ timeout: 90_000 });
    const removals = page.getByTestId('osm-review-removals').getByRole('checkbox');
    await expect(removals.count()).resolves.toBe(4);
    await page.screenshot({ path: path.join(shots, 'osm-import-review-removals.png') });
    await page.getByTestId('osm-review-confirm').click();
    await dialog.waitFor({ state: 'detached', timeout: 90_000 });
    await expect(page.getByTestId('status-message').textContent()).resolves.toMatch(/, 4 removed;/);
    expect(query(session!.project, guestHouses)).toEqual([]);
  }, 180_000);
  it('no IT office, company or electrician becomes a creative actor (north-bayreuth.osm.gz has them)', async () => {
    const creative =
      "SELECT count(*) AS n FROM places WHERE category IN ('creative-firm', 'creative-industry-company')";
    const [{ n: before }] = query<{ n: number }>(session!.project, creative) as [{ n: number }];
    await page.getByTestId('osm-import-file-input').setInputFiles(path.join(EXTRACTS, 'north-bayreuth.osm.gz'));
    const dialog = page.getByTestId('osm-import-dialog');
    await dialog.waitFor();
    await page.getByTestId('osm-import-start').click();
    await dialog.waitFor({ state: 'detached', timeout: 120_000 });
    await expect(page.getByTestId('status-message').textContent()).resolves.toMatch(
      /Imported north-bayreuth\.osm\.gz: 14 places added/,
    );
    expect(query<{ n: number }>(session!.project, creative)).toEqual([{ n: before }]);
    // The map moved to show what the project now holds: Krems and the north of Bayreuth.
    await expect.poll(() => inView(page, BAYREUTH), { timeout: 10_000 }).toBe(true);
    await expect(inView(page, KREMS)).resolves.toBe(true);
    // "Zoom to data" brings it all back from anywhere.
    await page.evaluate(() => (window as unknown as MapHook).__itinera.map.jumpTo({ center: [-40, 10], zoom: 6 }));
    await expect(inView(page, KREMS)).resolves.toBe(false);
    await page.getByRole('button', { name: 'Zoom to data' }).click();
    await expect.poll(() => inView(page, BAYREUTH), { timeout: 10_000 }).toBe(true);
    await expect(inView(page, KREMS)).resolves.toBe(true);
    expect(
      query(
        session!.project,
        `SELECT name FROM places WHERE json_extract(custom_fields, '$.office') IN ('it', 'company')
           OR json_extract(custom_fields, '$.craft') IN ('electrician', 'it_consulting')`,
      ),
    ).toEqual([]);
    // The mapping dialog says what its "left out" rules kept out of this import.
    await page.getByTestId('osm-import-file-input').setInputFiles(path.join(EXTRACTS, 'north-bayreuth.osm.gz'));
    await dialog.waitFor();
    await page.getByTestId('osm-categories-button').click();
    const mapping = page.getByTestId('osm-mapping-dialog');
    await mapping.waitFor();
    const count = (tag: string) => mapping.locator(`[data-tag="${tag}"]`).getByTestId('osm-rule-count').textContent();
    await expect(count('office=company')).resolves.toBe('2');
    await expect(count('craft=electrician')).resolves.toBe('1');
    await expect(count('office=it')).resolves.toBe('0');
    await page.keyboard.press('Escape');
    await mapping.waitFor({ state: 'detached' });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  }, 180_000);
});
