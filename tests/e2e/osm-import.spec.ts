import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isLocal, openSampleInChromium, waitForMapIdle, type SampleSession } from '../helpers/browser.js';
import { ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { haveTools, IN_CI } from '../helpers/tools.js';

// Importing an OpenStreetMap extract in Chromium (serve mode): the file is chosen, uploaded, and
// imported as a job whose progress the dialog shows; Cancel leaves the project as it was.

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

describe.runIf(tools && haveExtracts)('OpenStreetMap import in Chromium (serve mode)', () => {
  let session: SampleSession | undefined;
  let page: Page;
  let requests: string[];
  const shots = path.join(ROOT, '.cache');

  beforeAll(async () => {
    session = await openSampleInChromium(tempDir('itinera-e2e-osm-'));
    ({ page, requests } = session);
  }, 120_000);
  afterAll(() => session?.close());

  it('cancelling the import leaves the project file byte for byte as it was', async () => {
    const before = fs.readFileSync(session!.project);
    await page.getByTestId('osm-import-file-input').setInputFiles(path.join(EXTRACTS, 'north-bayreuth.osm.gz'));
    const dialog = page.getByTestId('osm-import-dialog');
    await dialog.waitFor();
    await page.getByTestId('osm-import-start').click();
    await page.getByTestId('osm-import-cancel').waitFor();
    fs.mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: path.join(shots, 'osm-import-progress.png') });
    await page.getByTestId('osm-import-cancel').click();
    await dialog.waitFor({ state: 'detached', timeout: 60_000 });
    await expect(page.getByTestId('status-message').textContent()).resolves.toContain(
      'Import of north-bayreuth.osm.gz cancelled; the project is unchanged.',
    );
    expect(fs.readFileSync(session!.project).equals(before)).toBe(true);
  }, 120_000);

  it('imports an extract chosen with the button: progress, then the places on the map', async () => {
    await expect(placesOnMap(page)).resolves.toBe(21);
    await page.getByTestId('osm-import-file-input').setInputFiles(path.join(EXTRACTS, 'krems.osm.gz'));
    const dialog = page.getByTestId('osm-import-dialog');
    await dialog.waitFor();
    await expect(dialog.getByRole('heading').textContent()).resolves.toBe('Import OpenStreetMap extract krems.osm.gz');
    await page.screenshot({ path: path.join(shots, 'osm-import-options.png') });
    await page.getByTestId('osm-import-start').click();
    await dialog.waitFor({ state: 'detached', timeout: 90_000 });
    await expect(page.getByTestId('status-message').textContent()).resolves.toMatch(
      /Imported krems\.osm\.gz: 14 places added, 0 updated; walking network of [\d,]+ ways\./,
    );
    // The status comes with the job's end; the lists are read again after it (on a loaded machine, a while).
    await expect.poll(() => placesOnMap(page), { timeout: 30_000 }).toBe(35);
    await waitForMapIdle(page);
    expect(requests.filter((url) => !isLocal(url))).toEqual([]);
  }, 120_000);
});
