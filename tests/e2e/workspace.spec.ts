import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { menuCommandScript } from '../../shared/api/menu-commands.js';
import { openSampleInChromium, type SampleSession } from '../helpers/browser.js';
import { shownDate } from '../helpers/labels.js';
import { tempDir } from '../helpers/temp-dir.js';
import { haveTools } from '../helpers/tools.js';

// The workspace panel in Chromium (serve mode): custom fields of a category, groups, link
// attributes, undo and redo from the buttons, the keyboard and the Edit menu, and the history.
// ITINERA_SCREENSHOTS=<dir> keeps screenshots of the panel for looking at it.

const tools = haveTools('chromium');
const shots = process.env.ITINERA_SCREENSHOTS;

async function shoot(page: Page, name: string) {
  if (!shots) return;
  fs.mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: false });
  await page
    .locator('.sidebar')
    .screenshot({ path: path.join(shots, `${name}-sidebar.png`) })
    .catch(() => undefined);
}

const selectPlace = (page: Page, id: number) =>
  page.evaluate((placeId) => {
    (window as unknown as { __itinera: { selectPlace(id: number): void } }).__itinera.selectPlace(placeId);
  }, id);

describe.runIf(tools)('workspace panel (serve mode)', () => {
  let session: SampleSession | undefined;
  let page: Page;

  beforeAll(async () => {
    session = await openSampleInChromium(tempDir('itinera-workspace-'));
    page = session.page;
  }, 120_000);
  afterAll(() => session?.close());

  it('defines a custom field for a category and edits it with the right input', async () => {
    await selectPlace(page, 1);
    await page.getByTestId('place-name-input').waitFor();
    await page.getByTestId('manage-fields-button').click();
    await page.getByTestId('fields-manager').waitFor();
    await page.getByTestId('new-field-name').fill('Listed since');
    await page.getByTestId('new-field-type').selectOption('date');
    await page.getByTestId('add-field-button').click();
    await page.getByTestId('field-definition').waitFor();
    await shoot(page, 'fields-manager');
    await page.keyboard.press('Escape');
    const input = page.getByTestId('custom-field-Listed since');
    // The app's date field (the language's date format, or ISO), not a free text field.
    await expect(input.getAttribute('data-date-field')).resolves.toBe('');
    await input.fill('1978-06-01');
    await page.getByTestId('save-place-button').click();
    await expect.poll(() => page.getByTestId('history-entry').first().textContent()).toContain('Edit Gozzoburg');
  });

  it('puts the place in a new group, and undoes it with Ctrl+Z outside text fields', async () => {
    await page.getByTestId('new-group-button').click();
    const form = page.getByTestId('new-group-form');
    await form.getByLabel('Group name').fill('Kunstmeile Krems');
    await form.getByRole('button', { name: 'Create and add' }).click();
    await page.getByTestId('group-chip').waitFor();
    await expect(page.getByTestId('group-chip').textContent()).resolves.toContain('Kunstmeile Krems');
    await shoot(page, 'groups');
    // In a text field Ctrl+Z is the field's own.
    await page.getByTestId('place-name-input').focus();
    await page.keyboard.press('Control+z');
    await expect(page.getByTestId('group-chip').count()).resolves.toBe(1);
    await page
      .locator('body')
      .click({ position: { x: 5, y: 790 } })
      .catch(() => undefined);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.getByTestId('group-chip').count()).toBe(0);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => page.getByTestId('group-chip').count()).toBe(1);
  });

  it("edits a link's strength and start date, undoes it from the Edit menu, redoes with the button", async () => {
    const link = page.getByTestId('place-link').first();
    await link.waitFor();
    await link.getByTestId('edit-link-button').click();
    await page.getByTestId('link-strength-select').selectOption('4');
    await page.getByTestId('link-start-date-input').fill('2019-03-01');
    await page.getByTestId('save-link-button').click();
    // Shown in the app's one date format.
    const since = `since ${await shownDate(page, '2019-03-01')}`;
    await expect.poll(() => page.getByTestId('place-link').first().textContent()).toContain(since);
    await expect(page.getByTestId('place-link').first().textContent()).resolves.toContain('Strong');
    await shoot(page, 'links');
    await page.evaluate(menuCommandScript('undo'));
    await expect.poll(() => page.getByTestId('place-link').first().textContent()).not.toContain(since);
    await page.getByTestId('redo-button').click();
    await expect.poll(() => page.getByTestId('place-link').first().textContent()).toContain(since);
    // The button's label follows the undo stack, which refreshes apart from the link list.
    await expect.poll(() => page.getByTestId('undo-button').getAttribute('title')).toMatch(/^Undo “Edit link/);
    // The place's History tells what happened to its links and groups too, with what changed.
    await expect
      .poll(async () => (await page.getByTestId('history-entry').allTextContents()).join('\n'))
      .toMatch(/^Redo Edit link .*Gozzoburg.*start date, strength/);
    await page.getByTestId('history-section').getByRole('button', { name: 'Show all' }).click();
    await expect(page.getByTestId('history-entry').allTextContents()).resolves.toContainEqual(
      expect.stringMatching(/^Add Gozzoburg to Kunstmeile Krems/),
    );
  });

  it('creates an event at the place', async () => {
    await page.getByTestId('new-event-button').click();
    await page.getByTestId('event-title-input').fill('Open studios');
    await page.getByTestId('event-start-input').fill('2026-05-01');
    await page.getByTestId('event-end-input').fill('2026-05-03');
    await page.getByTestId('save-event-button').click();
    await page.getByTestId('event-item').waitFor();
    await expect(page.getByTestId('event-item').textContent()).resolves.toContain(
      `${await shownDate(page, '2026-05-01')} – ${await shownDate(page, '2026-05-03')}`,
    );
    await page.getByTestId('history-section').scrollIntoViewIfNeeded();
    await shoot(page, 'events-history');
  });

  it('moves the place to typed coordinates; a wrong one is refused next to its field', async () => {
    await selectPlace(page, 1);
    const latitude = page.getByTestId('place-latitude-input');
    const longitude = page.getByTestId('place-longitude-input');
    const before = { latitude: await latitude.inputValue(), longitude: await longitude.inputValue() };
    const coordinates = page.getByTestId('place-coordinates');
    // A save answers, then the live list is read again: on a busy machine that takes seconds.
    const SAVED = { timeout: 15_000 };
    // No number: the message stands under the coordinates, and nothing is saved.
    await longitude.fill('east of the church');
    await page.getByTestId('save-place-button').click();
    const message = page.locator('[data-testid="place-coordinates"] + [data-testid="error-message"]');
    await expect(message.textContent()).resolves.toBe('Longitude: type a number of degrees, e.g. 15.6035');
    await expect(longitude.getAttribute('aria-invalid')).resolves.toBe('true');
    // Out of range: the backend's message, named as the reader knows the field, no field path.
    await longitude.fill(before.longitude);
    await latitude.fill('91');
    await page.getByTestId('save-place-button').click();
    await expect.poll(() => message.textContent(), SAVED).toBe('Latitude: must be between -90 and 90');
    await expect(coordinates.isVisible()).resolves.toBe(true);
    // A decimal comma and a hemisphere letter are read too.
    await latitude.fill('48,4105 N');
    await page.getByTestId('save-place-button').click();
    await expect.poll(() => latitude.inputValue(), SAVED).toBe('48.4105');
    await expect(message.count()).resolves.toBe(0);
    await expect.poll(() => page.getByTestId('history-entry').first().textContent(), SAVED).toMatch(/^Move /);
    await page.getByTestId('undo-button').click();
    await expect.poll(() => latitude.inputValue(), SAVED).toBe(before.latitude);
  });
});
