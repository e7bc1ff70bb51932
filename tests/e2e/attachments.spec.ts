import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../shared/api/contract.js';
import type { Annotation, Attachment } from '../../shared/model/attachment-schemas.js';
import { isLocal, openSampleInChromium, waitForMapIdle, type SampleSession } from '../helpers/browser.js';
import { shownDate } from '../helpers/labels.js';
import { tempDir } from '../helpers/temp-dir.js';
import { haveTools } from '../helpers/tools.js';

// A user attaches a photo (file picker) and a PDF (dropped on the panel) to a place, sees the
// photo's thumbnail, opens it full size, writes an annotation, reloads: everything is still there.

const tools = haveTools('chromium');
const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'attachments');
const SCREENSHOTS = path.join(import.meta.dirname, '..', '..', '.cache', 'screenshots');
const PLACE_ID = 1;

describe.runIf(tools)('attachments and annotations in Chromium (serve mode)', () => {
  let session: SampleSession | undefined;
  let page: Page;

  const api = async <T>(channel: string, input: unknown): Promise<T> => {
    const response = await fetch(`${session!.serve.origin}/api/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-itinera-token': session!.serve.token },
      body: JSON.stringify(input),
    });
    const body = (await response.json()) as { ok: boolean; value: T; error?: { message: string } };
    if (!body.ok) throw new Error(body.error?.message);
    return body.value;
  };

  const selectPlace = () =>
    page.evaluate(
      (id) => (window as unknown as { __itinera: { selectPlace(id: number): void } }).__itinera.selectPlace(id),
      PLACE_ID,
    );

  /** Waits until every thumbnail image in the panel has decoded; returns their natural widths. */
  const thumbnailWidths = async (count: number) => {
    await page.waitForFunction(
      (expected) => {
        const images = Array.from(document.querySelectorAll<HTMLImageElement>('[data-testid="attachment-thumbnail"]'));
        return images.length === expected && images.every((image) => image.complete && image.naturalWidth > 0);
      },
      count,
      { timeout: 20_000 },
    );
    return page.$$eval('[data-testid="attachment-thumbnail"]', (images) =>
      images.map((image) => [(image as HTMLImageElement).naturalWidth, (image as HTMLImageElement).src]),
    );
  };

  beforeAll(async () => {
    session = await openSampleInChromium(tempDir('itinera-e2e-attachments-'));
    page = session.page;
  }, 120_000);

  afterAll(() => session?.close());

  it('attaches a photo with the file picker and shows its thumbnail', async () => {
    await selectPlace();
    // The list loads first ("Loading photos and documents…"), then says it is empty.
    await page.getByTestId('attachments-section').getByText('No photo or document yet').waitFor({ timeout: 15_000 });
    await page.getByTestId('attachment-file-input').setInputFiles(path.join(FIXTURES, 'photo.jpg'));
    const [[width, source] = []] = await thumbnailWidths(1);
    expect(width).toBe(160);
    expect(source).toMatch(/^blob:/);
    const stored = await api<Attachment[]>(CHANNELS.listAttachments, { featureType: 'place', featureId: PLACE_ID });
    expect(stored).toMatchObject([{ fileName: 'photo.jpg', contentType: 'image/jpeg', hasThumbnail: true }]);
    // The renderer drew the thumbnail (a fresh JPEG), and the original is stored byte for byte.
    const original = await api<{ contentBase64: string }>(CHANNELS.getAttachmentContent, { id: stored[0]!.id });
    expect(
      Buffer.from(original.contentBase64, 'base64').equals(fs.readFileSync(path.join(FIXTURES, 'photo.jpg'))),
    ).toBe(true);
  });

  it('accepts a PDF dropped on the panel and shows it as a document', async () => {
    const pdf = fs.readFileSync(path.join(FIXTURES, 'record.pdf')).toString('base64');
    const transfer = await page.evaluateHandle((base64) => {
      const bytes = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
      const data = new DataTransfer();
      data.items.add(new File([bytes], 'listing record.pdf', { type: 'application/pdf' }));
      return data;
    }, pdf);
    const panel = page.getByTestId('place-panel');
    await panel.dispatchEvent('dragenter', { dataTransfer: transfer });
    await page.getByTestId('attachment-drop-overlay').waitFor();
    await panel.dispatchEvent('drop', { dataTransfer: transfer });
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="attachment-tile"]').length === 2);
    await expect(page.getByTestId('attachment-tile').nth(1).textContent()).resolves.toContain('listing record.pdf');
    await expect(page.getByTestId('attachment-tile').nth(1).getByText('PDF', { exact: true }).count()).resolves.toBe(1);
    expect(await page.getByTestId('attachment-drop-overlay').count()).toBe(0);
  });

  it('refuses a page disguised as a photo with a clear message, and adds nothing', async () => {
    await page.getByTestId('attachment-file-input').setInputFiles({
      name: 'holiday.jpg',
      mimeType: 'image/jpeg',
      buffer: Buffer.from('<html><body><script>window.__pwned = 1</script></body></html>'),
    });
    const message = page.getByTestId('attachments-section').getByTestId('error-message');
    await message.waitFor();
    await expect(message.textContent()).resolves.toMatch(/"holiday\.jpg" cannot be attached: HTML, SVG and XML/);
    expect(await page.getByTestId('attachment-tile').count()).toBe(2);
  });

  it('opens the photo full size in a viewer', async () => {
    await page.getByTestId('attachment-tile').first().getByRole('button').click();
    await page.getByTestId('attachment-viewer').waitFor();
    await page.waitForFunction(() => {
      const image = document.querySelector<HTMLImageElement>('[data-testid="attachment-full-image"]');
      return image !== null && image.complete && image.naturalWidth === 160;
    });
    await page.getByTestId('attachment-caption-input').fill('Courtyard, 1910');
    await page.getByTestId('attachment-credit-input').fill('Stadtarchiv Krems');
    await page.getByTestId('attachment-license-input').fill('CC BY 4.0');
    await page.getByTestId('attachment-date-input').fill('1910-05-01');
    await page.getByTestId('attachment-viewer').getByRole('button', { name: 'Save details' }).click();
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="attachment-tile"]')?.textContent?.includes('Courtyard, 1910'),
    );
    // The credit, licence and date are stored with the photo.
    await expect
      .poll(
        async () =>
          (await api<Attachment[]>(CHANNELS.listAttachments, { featureType: 'place', featureId: PLACE_ID }))[0],
      )
      .toMatchObject({
        caption: 'Courtyard, 1910',
        credit: 'Stadtarchiv Krems',
        license: 'CC BY 4.0',
        dateCreated: '1910-05-01',
      });
    await expect(page.getByTestId('attachment-credit-input').inputValue()).resolves.toBe('Stadtarchiv Krems');
    await expect(
      page.getByTestId('attachment-viewer').getByRole('button', { name: 'Save details' }).isDisabled(),
    ).resolves.toBe(true);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'attachment-viewer.png') });
    await page.keyboard.press('Escape');
    await page.getByTestId('attachment-viewer').waitFor({ state: 'detached' });
  });

  it('adds an annotation with author, date and source, shown as text', async () => {
    await page.getByTestId('add-annotation-button').click();
    await page.getByTestId('annotation-text-input').fill('Gothic wall paintings <b>uncovered</b> in 1950.');
    await page.getByTestId('annotation-author-input').fill('Monument office');
    await page.getByTestId('annotation-date-input').fill('1950-06-01');
    await page.getByTestId('annotation-source-input').fill('Bundesdenkmalamt, file 1234/50');
    await page.getByTestId('save-annotation-button').click();
    const item = page.getByTestId('annotation-item');
    await item.waitFor();
    // The date in the app's one date format.
    const day = (await shownDate(page, '1950-06-01')).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    await expect(item.textContent()).resolves.toMatch(
      new RegExp(
        `Gothic wall paintings <b>uncovered</b> in 1950\\.Monument office · ${day}Source: Bundesdenkmalamt, file 1234/50`,
      ),
    );
    expect(await page.locator('[data-testid="annotation-item"] b').count()).toBe(0);
    const stored = await api<Annotation[]>(CHANNELS.listAnnotations, { featureType: 'place', featureId: PLACE_ID });
    expect(stored).toMatchObject([{ author: 'Monument office', date: '1950-06-01' }]);
    await page.getByTestId('attachments-section').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'place-panel-attachments.png') });
  });

  it('still shows the thumbnail, the document and the annotation after a reload', async () => {
    await page.reload();
    await waitForMapIdle(page);
    await selectPlace();
    const thumbnails = await thumbnailWidths(1);
    expect(thumbnails[0]![0]).toBe(160);
    expect(await page.getByTestId('attachment-tile').count()).toBe(2);
    await expect(page.getByTestId('annotation-item').textContent()).resolves.toContain('Monument office');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(session!.requests.filter((url) => !isLocal(url))).toEqual([]);
  });
});
