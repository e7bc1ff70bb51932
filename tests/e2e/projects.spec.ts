import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSampleInChromium, waitForMapIdle, type SampleSession } from '../helpers/browser.js';
import { tempDir } from '../helpers/temp-dir.js';
import { haveTools } from '../helpers/tools.js';

// Projects in Chromium (serve mode, issue #14): a project made from the Projects dialog (reached
// by keyboard from the sidebar header) opens with its first steps; a place added there stays in
// it; the sample comes back through the list; the open project downloads as a valid GeoPackage;
// a name that exists is refused in words, changing nothing.
// ITINERA_SCREENSHOTS=<dir> keeps screenshots of the dialog and the first steps for looking at them.

const tools = haveTools('chromium');
const canValidate = tools && haveTools('validateGpkg');
const shots = process.env.ITINERA_SCREENSHOTS;

async function shoot(page: Page, name: string) {
  if (!shots) return;
  fs.mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: false });
}

const SAMPLE = 'Krems old town (sample project)';

describe.runIf(tools)('projects (serve mode)', () => {
  let session: SampleSession | undefined;
  let page: Page;
  const dataDir = tempDir('itinera-projects-data-');
  const projectName = () => page.getByTestId('project-name');
  const dialog = () => page.getByRole('dialog', { name: 'Projects' });

  /** Opens the Projects dialog from the keyboard: from the project's name Tab reaches the header's button, Enter opens it. */
  async function openProjectsDialog() {
    // A click on the heading puts the keyboard's starting point there (it focuses nothing).
    await projectName().click();
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).resolves.toBe(
      'projects-button',
    );
    await page.keyboard.press('Enter');
    await dialog().waitFor();
  }

  beforeAll(async () => {
    session = await openSampleInChromium(tempDir('itinera-projects-'), { env: { ITINERA_DATA_DIR: dataDir } });
    page = session.page;
  }, 120_000);
  afterAll(() => session?.close());

  it('creates a project from the Projects dialog; it opens with its first steps', async () => {
    await expect(projectName().textContent()).resolves.toBe(SAMPLE);
    await openProjectsDialog();
    await expect(dialog().getByTestId('project-entry').count()).resolves.toBe(1);
    await dialog().getByLabel('Name of the new project').fill('Kunstmeile Krems');
    await shoot(page, 'projects-dialog');
    await page.keyboard.press('Enter');
    await expect.poll(() => projectName().textContent(), { timeout: 30_000 }).toBe('Kunstmeile Krems');
    // Opening another project starts the window afresh: the dialog is gone, the project is empty.
    await expect(dialog().count()).resolves.toBe(0);
    const steps = page.getByTestId('first-steps');
    await steps.waitFor();
    await expect(steps.getByRole('button').allTextContents()).resolves.toEqual([
      'Import an OpenStreetMap extract of your town',
      'Import a file',
      'Add a place',
    ]);
    await expect(page.title()).resolves.toBe('Kunstmeile Krems — Itinera');
    await expect(page.getByTestId('status-message').textContent()).resolves.toContain(
      'Project “Kunstmeile Krems” opened.',
    );
    expect(fs.existsSync(path.join(dataDir, 'projects', 'Kunstmeile Krems.gpkg'))).toBe(true);
    await waitForMapIdle(page);
    await shoot(page, 'first-steps');
  }, 60_000);

  it('adds a place from the first steps', async () => {
    await page.getByTestId('first-step-place').click();
    await expect(page.getByTestId('add-place-button').getAttribute('aria-pressed')).resolves.toBe('true');
    await page.mouse.click(900, 420);
    await page.getByTestId('new-place-name-input').fill('Kunsthalle');
    await page.getByTestId('new-place-category-select').selectOption('gallery');
    await page.getByTestId('create-place-button').click();
    await expect.poll(() => page.getByTestId('place-name-input').inputValue(), { timeout: 10_000 }).toBe('Kunsthalle');
    await expect(page.locator('.sidebar-header__counts').textContent()).resolves.toMatch(/^1 place/);
  });

  it('refuses a name that exists, saying so in the dialog, and keeps the project open', async () => {
    await openProjectsDialog();
    await dialog().getByLabel('Name of the new project').fill('Kunstmeile Krems');
    await dialog().getByRole('button', { name: 'Create and open' }).click();
    await expect
      .poll(() => dialog().getByTestId('error-message').textContent())
      .toContain(
        'There is already a project file named Kunstmeile Krems.gpkg; choose another name. Nothing was changed.',
      );
    await expect(projectName().textContent()).resolves.toBe('Kunstmeile Krems');
  });

  it('switches back to the sample through the list', async () => {
    const entries = dialog().getByTestId('project-entry');
    await expect(entries.count()).resolves.toBe(2);
    await expect(dialog().locator('[data-current] .item-list__title').textContent()).resolves.toBe('Kunstmeile Krems');
    await dialog()
      .getByRole('button', { name: `Open “${SAMPLE}”` })
      .click();
    await expect.poll(() => projectName().textContent(), { timeout: 30_000 }).toBe(SAMPLE);
    await page.getByTestId('sample-badge').waitFor();
    await waitForMapIdle(page);
    await expect(page.getByTestId('first-steps').count()).resolves.toBe(0);
    await expect(page.title()).resolves.toBe(`${SAMPLE} — Itinera`);
  }, 60_000);

  it('downloads the open project as a consistent copy', async () => {
    await openProjectsDialog();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog().getByRole('button', { name: 'Download this project' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('sample.gpkg');
    const saved = path.join(tempDir('itinera-projects-download-'), 'downloaded.gpkg');
    await download.saveAs(saved);
    expect(fs.readFileSync(saved).subarray(0, 16).toString('latin1')).toBe('SQLite format 3\u0000');
    if (canValidate) {
      const output = execFileSync('/usr/bin/python3', ['-m', 'osgeo_utils.samples.validate_gpkg', saved], {
        encoding: 'utf8',
      });
      expect(output.trim()).toBe('');
    }
    await expect
      .poll(() => dialog().getByTestId('projects-report').textContent())
      .toBe('sample.gpkg handed to your browser’s downloads.');
    await shoot(page, 'projects-dialog-sample');
    // The downloaded file goes back in as an upload: checked, kept under its own name, listed.
    await dialog().getByTestId('upload-project-input').setInputFiles(saved);
    await expect
      .poll(() => dialog().getByTestId('projects-report').textContent(), { timeout: 20_000 })
      .toBe(`Project “${SAMPLE}” added as downloaded.gpkg. Open it from the list.`);
    await expect(dialog().getByTestId('project-entry').count()).resolves.toBe(3);
    expect(fs.existsSync(path.join(dataDir, 'projects', 'downloaded.gpkg'))).toBe(true);
    await dialog().getByRole('button', { name: 'Done' }).click();
  }, 60_000);

  it('keeps the place in the new project: it opens again with it', async () => {
    await openProjectsDialog();
    await dialog().getByRole('button', { name: 'Open “Kunstmeile Krems”' }).click();
    await expect.poll(() => projectName().textContent(), { timeout: 30_000 }).toBe('Kunstmeile Krems');
    await expect.poll(() => page.locator('.sidebar-header__counts').textContent()).toMatch(/^1 place/);
    await expect(page.getByTestId('first-steps').count()).resolves.toBe(0);
  }, 60_000);

  it('closes the project: the start screen lists the projects and opens one', async () => {
    await openProjectsDialog();
    await dialog().getByRole('button', { name: 'Close this project' }).click();
    const start = page.getByTestId('start-screen');
    await start.waitFor({ timeout: 20_000 });
    await expect(start.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('No project is open');
    await expect(page.title()).resolves.toBe('Itinera');
    await expect(start.getByTestId('project-entry').count()).resolves.toBe(3);
    // Nothing open: nothing to copy, download or close.
    await expect(start.getByTestId('close-project-button').count()).resolves.toBe(0);
    await expect(start.getByTestId('download-project-button').count()).resolves.toBe(0);
    await shoot(page, 'start-screen');
    await start.getByRole('button', { name: 'Open “Kunstmeile Krems”' }).click();
    await expect.poll(() => projectName().textContent(), { timeout: 30_000 }).toBe('Kunstmeile Krems');
    await waitForMapIdle(page);
  }, 60_000);
});
