import { booleanPointInPolygon } from '@turf/turf';
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Interlinkage, ScopedReportCard } from '../../shared/api/analytics.js';
import { CHANNELS, type UndoState } from '../../shared/api/contract.js';
import type { Annotation } from '../../shared/model/attachment-schemas.js';
import type { Group, Place, Quarter } from '../../shared/model/schemas.js';
import { accessibilityProblems } from '../helpers/accessibility.js';
import { isLocal, openSampleInChromium, waitForMapIdle, type SampleSession } from '../helpers/browser.js';
import { ROOT } from '../helpers/cli.js';
import { inEnglish } from '../helpers/labels.js';
import { tempDir } from '../helpers/temp-dir.js';
import { haveTools } from '../helpers/tools.js';

// The area panel (issue #14 point 5, and #11's translations side by side) in Chromium against
// `itinera serve` on a copy of the sample (its old-town quarter; French added as a further
// language, the quarter made a member of a group): a click on the quarter where no place or
// route is opens its panel and highlights it; the panel counts and lists the places inside (as
// turf counts them from the API's places) and names its group; its report card and the
// interlinkage figure show what the API computes (#15) and export as CSV; an annotation is added; a change
// made by another client shows in the open panel; the quarter is renamed with a French name typed
// beside the English one, then Ctrl+Z undoes the rename; a name left empty is refused next to the
// field; Escape closes the panel, the sidebar's list (keyboard) and the table's Areas tab open it
// again; it is deleted after confirming and brought back by undo. Screenshots go to .cache/e2e/.

const tools = haveTools('chromium');
const SHOTS = path.join(ROOT, '.cache', 'e2e');
const WAIT = { timeout: 15_000 };
const RENAMED = 'Kremser Altstadt';
const FRENCH = { name: 'Vieille ville de Krems', description: 'Le centre historique entre la Landstraße et la Krems.' };
const GROUP = 'Wachau creative network';

interface MapHooks {
  __itinera: {
    map: {
      getSource(id: string): { getData(): Promise<{ features: { id?: number; properties: { name: string } }[] }> };
      getFeatureState(feature: { source: string; id: number }): Record<string, unknown>;
      queryRenderedFeatures(
        geometry: [number, number] | [[number, number], [number, number]],
        options: { layers: string[] },
      ): { id?: number | string }[];
      getLayer(id: string): unknown;
      project(position: [number, number]): { x: number; y: number };
      getCanvas(): HTMLCanvasElement;
      fitBounds(bounds: [number, number, number, number], options: { padding: number; duration: number }): void;
    };
  };
}

describe.runIf(tools)('the area panel in Chromium (serve mode)', () => {
  let session: SampleSession;
  let page: Page;
  let quarter: Quarter;

  async function call<T>(channel: string, body: unknown = {}): Promise<T> {
    const response = await fetch(`${session.serve.origin}/api/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-itinera-token': session.serve.token },
      body: JSON.stringify(body),
    });
    const envelope = (await response.json()) as { ok: boolean; value: T; error?: { message: string } };
    expect(envelope.ok, envelope.error?.message).toBe(true);
    return envelope.value;
  }
  const stored = async () => (await call<Quarter[]>(CHANNELS.listQuarters)).find((entry) => entry.id === quarter.id);
  const panel = () => page.getByTestId('area-panel');
  const selectedOnMap = () =>
    page.evaluate(
      (id) => (window as unknown as MapHooks).__itinera.map.getFeatureState({ source: 'quarters', id })['selected'],
      quarter.id,
    );
  const nameOnMap = () =>
    page.evaluate(async (id) => {
      const data = await (window as unknown as MapHooks).__itinera.map.getSource('quarters').getData();
      return data.features.find((feature) => feature.id === id)?.properties.name;
    }, quarter.id);
  /** Ctrl+Z belongs to a text field while one has focus; the user clicks away first. */
  const leaveTextFields = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

  /** The whole sidebar in one picture: the window as tall as its content, the map hidden meanwhile. */
  async function panelPicture(target: Page, file: string): Promise<void> {
    const hideMap = await target.addStyleTag({ content: '.map-area { display: none; }' });
    const height = await target.evaluate(() => document.querySelector('.sidebar')!.scrollHeight);
    await target.setViewportSize({ width: 1280, height: height + 20 });
    const box = (await target.getByTestId('area-panel').boundingBox())!;
    await target.screenshot({
      path: path.join(SHOTS, file),
      clip: { x: 0, y: 0, width: 400, height: box.y + box.height + 8 },
    });
    await target.setViewportSize({ width: 1280, height: 900 });
    await hideMap.evaluate((element) => element.parentNode?.removeChild(element));
    await waitForMapIdle(target);
  }

  beforeAll(async () => {
    session = await openSampleInChromium(tempDir('itinera-e2e-area-panel-'), {
      pageOptions: { viewport: { width: 1280, height: 900 } },
      prepare: async (serve) => {
        const post = async <T>(channel: string, body: unknown): Promise<T> => {
          const response = await fetch(`${serve.origin}/api/${channel}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-itinera-token': serve.token },
            body: JSON.stringify(body),
          });
          return ((await response.json()) as { value: T }).value;
        };
        await post(CHANNELS.updateContentLanguages, { further: ['fr'] });
        const [first] = await post<Quarter[]>(CHANNELS.listQuarters, {});
        const group = await post<Group>(CHANNELS.createGroup, { name: GROUP, level: 'regional-cluster' });
        await post(CHANNELS.addGroupMember, { groupId: group.id, memberType: 'quarter', memberId: first!.id });
      },
    });
    page = session.page;
    [quarter] = (await call<Quarter[]>(CHANNELS.listQuarters)) as [Quarter];
    fs.mkdirSync(SHOTS, { recursive: true });
  }, 180_000);

  afterAll(() => session?.close());

  /**
   * Fits the map to the quarter and finds a spot inside it, away from every place, cluster, route
   * and label, that nothing covers (in viewport pixels).
   */
  async function showQuarterAndFindSpot(): Promise<{ x: number; y: number }> {
    const ring = quarter.geometry.coordinates[0]!;
    const longitudes = ring.map(([longitude]) => longitude!);
    const latitudes = ring.map(([, latitude]) => latitude!);
    await page.evaluate(
      (bounds) => (window as unknown as MapHooks).__itinera.map.fitBounds(bounds, { padding: 60, duration: 0 }),
      [Math.min(...longitudes), Math.min(...latitudes), Math.max(...longitudes), Math.max(...latitudes)] as [
        number,
        number,
        number,
        number,
      ],
    );
    await waitForMapIdle(page);
    const spot = await page.evaluate((id) => {
      const { map } = (window as unknown as MapHooks).__itinera;
      const canvas = map.getCanvas();
      const box = canvas.getBoundingClientRect();
      const near = [
        'places-circle',
        'places-cluster-circle',
        'places-labels',
        'routes-line',
        'routes-straight',
        'routes-casing',
        'quarters-labels',
      ].filter((layer) => map.getLayer(layer));
      for (let y = 40; y < canvas.clientHeight - 40; y += 10)
        for (let x = 40; x < canvas.clientWidth - 40; x += 10) {
          if (!map.queryRenderedFeatures([x, y], { layers: ['quarters-fill'] }).some((hit) => hit.id === id)) continue;
          const around: [[number, number], [number, number]] = [
            [x - 16, y - 16],
            [x + 16, y + 16],
          ];
          if (map.queryRenderedFeatures(around, { layers: near }).length > 0) continue;
          if (document.elementFromPoint(box.left + x, box.top + y) !== canvas) continue;
          return { x: box.left + x, y: box.top + y };
        }
      return null;
    }, quarter.id);
    expect(spot).not.toBeNull();
    return spot!;
  }

  it('opens the quarter clicked on the map where no place or route is, and highlights it', async () => {
    const spot = await showQuarterAndFindSpot();
    await page.mouse.move(spot.x, spot.y, { steps: 3 });
    await page.mouse.click(spot.x, spot.y);

    await panel().waitFor(WAIT);
    await expect(panel().getAttribute('data-area-id')).resolves.toBe(String(quarter.id));
    await expect(page.getByTestId('area-panel-title').textContent()).resolves.toBe(quarter.name);
    await expect(page.getByTestId('area-name-input').inputValue()).resolves.toBe(quarter.name);
    await expect(page.getByTestId('area-kind-select').inputValue()).resolves.toBe('cultural-quarter');
    await expect.poll(selectedOnMap, WAIT).toBe(true);
    await waitForMapIdle(page);
    await page.screenshot({ path: path.join(SHOTS, 'area-panel-map.png') });
    expect(await accessibilityProblems(page, '[data-testid="area-panel"]')).toEqual([]);
  }, 90_000);

  it('counts and lists the places inside its outline and names the group it belongs to', async () => {
    const places = await call<Place[]>(CHANNELS.listPlaces);
    const inside = places.filter((place) => booleanPointInPolygon([place.longitude, place.latitude], quarter.geometry));
    expect(inside.length).toBeGreaterThan(3);
    const summary = page.getByTestId('area-summary');
    await expect
      .poll(() => summary.textContent(), WAIT)
      .toMatch(new RegExp(`^[\\d.]+ ha · ${inside.length} places inside`));
    const counted = await page
      .getByTestId('area-kind-count')
      .evaluateAll((items) => items.map((item) => Number(/(\d+)$/.exec(item.textContent ?? '')?.[1])));
    expect(counted.reduce((sum, count) => sum + count, 0)).toBe(inside.length);

    if ((await page.getByTestId('area-places-show-all').count()) > 0)
      await page.getByTestId('area-places-show-all').click();
    const listed = await page
      .getByTestId('area-place')
      .evaluateAll((items) => items.map((item) => Number(item.getAttribute('data-place-id'))));
    expect([...listed].sort((a, b) => a - b)).toEqual(inside.map((place) => place.id).sort((a, b) => a - b));
    const collator = new Intl.Collator('en');
    const names = await page.locator('[data-testid="area-place"] .area-places__name').allTextContents();
    expect(names).toEqual([...names].sort(collator.compare));

    await expect(page.getByTestId('groups-section').getByTestId('group-chip').textContent()).resolves.toContain(GROUP);
  }, 60_000);

  it('shows its report card and the interlinkage figure as the API computes them, and exports it as CSV', async () => {
    const card = await call<ScopedReportCard>(CHANNELS.reportCard, { scope: { kind: 'area', areaId: quarter.id } });
    const scope = { kind: 'area', areaId: quarter.id };
    const near = await call<Interlinkage>(CHANNELS.interlinkage, { withinMetres: 500, scope });
    expect(card.creativeFirms).toBeGreaterThan(2);
    const firms = page.getByTestId('report-card-firms');
    await expect
      .poll(() => firms.textContent(), WAIT)
      .toMatch(new RegExp(`^${card.creativeFirms} · [\\d.]+ per hectare$`));
    await expect(page.getByTestId('report-card').getByTestId('report-card-bar').count()).resolves.toBe(
      card.bySector.length,
    );
    await expect(page.getByTestId('report-card-sectors').textContent()).resolves.toMatch(
      new RegExp(`^${card.diversity.hill.q0} present · `),
    );
    await expect(page.getByTestId('report-card-events').textContent()).resolves.toBe(String(card.soft.events));
    const nearLine = page.getByTestId('interlinkage-near');
    await expect
      .poll(() => nearLine.textContent(), WAIT)
      .toMatch(new RegExp(`^Near pairs linked: ${near.near.all.linked} of ${near.near.all.pairs} \\(`));
    await expect(page.getByTestId('interlinkage-far').textContent()).resolves.toContain(
      `${near.far.all.linked} of ${near.far.all.pairs}`,
    );

    // A shorter distance: fewer near pairs, as the API counts them.
    const closer = await call<Interlinkage>(CHANNELS.interlinkage, { withinMetres: 200, scope });
    await page.getByTestId('interlinkage-within').fill('200');
    await page.getByTestId('interlinkage-within').press('Enter');
    await expect
      .poll(() => nearLine.textContent(), WAIT)
      .toMatch(new RegExp(`^Near pairs linked: ${closer.near.all.linked} of ${closer.near.all.pairs} \\(`));

    // Against the quarter itself as the reference, every sector's location quotient is 1.
    await page.getByTestId('report-card-reference').selectOption(String(quarter.id));
    await expect
      .poll(() => page.getByTestId('report-card').getByTestId('report-card-bar').allTextContents(), WAIT)
      .toEqual(card.bySector.map(() => expect.stringMatching(/LQ 1$/)));
    await page.getByTestId('report-card-reference').selectOption('');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-card-csv').click()]);
    expect(download.suggestedFilename()).toBe(`${quarter.name} – report card.csv`);
    const rows = Papa.parse<Record<string, string>>(
      fs.readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, ''),
      { header: true, skipEmptyLines: true },
    ).data;
    expect(rows.find((row) => row.measure === 'creative_firms')?.value).toBe(String(card.creativeFirms));
    expect(rows.find((row) => row.measure === 'near_all_pairs')).toMatchObject({
      item: 'within 200 m',
      value: String(closer.near.all.pairs),
    });
    await page.getByTestId('report-card').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, 'area-report-card.png') });
  }, 60_000);

  it('saves two snapshots around an edit and lists the new firm in their comparison (Markdown too)', async () => {
    const section = page.getByTestId('snapshots');
    await section.scrollIntoViewIfNeeded();
    await section.getByTestId('snapshot-date').fill('2026-01-15');
    await section.getByTestId('snapshot-label').fill('Before the festival');
    await section.getByTestId('snapshot-save').click();
    await expect.poll(() => section.getByTestId('snapshot-item').count(), WAIT).toBe(1);
    const places = await call<Place[]>(CHANNELS.listPlaces);
    const inside = places.find((place) => booleanPointInPolygon([place.longitude, place.latitude], quarter.geometry))!;
    const added = await call<Place>(CHANNELS.createPlace, {
      name: 'Studio <b>Neu</b>',
      category: 'creative-firm',
      sector: 'design',
      longitude: inside.longitude + 0.00002,
      latitude: inside.latitude,
    });
    await section.getByTestId('snapshot-date').fill('2026-06-01');
    await section.getByTestId('snapshot-label').fill('After');
    await section.getByTestId('snapshot-save').press('Enter');
    await expect.poll(() => section.getByTestId('snapshot-item').count(), WAIT).toBe(2);
    // Oldest against newest by default, from the keyboard.
    await section.getByTestId('snapshot-compare').focus();
    await page.keyboard.press('Enter');
    const newFirms = section.getByTestId('snapshot-new-firms');
    await expect
      .poll(() => newFirms.textContent(), WAIT)
      .toContain('Studio <b>Neu</b> (Creative SME or freelancer, Design)');
    await expect(section.getByTestId('snapshot-closed-firms').textContent()).resolves.toContain('None.');
    expect(await accessibilityProblems(page, '[data-testid="snapshots"]')).toEqual([]);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      section.getByTestId('snapshot-markdown').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^Changes .+ 2026-01-15 to 2026-06-01\.md$/);
    const markdown = fs.readFileSync((await download.path())!, 'utf8');
    expect(markdown).toContain('## New firms (1)\n\n- Studio \\<b\\>Neu\\</b\\> (Creative SME or freelancer, Design)');
    await page.screenshot({ path: path.join(SHOTS, 'area-snapshots.png') });
    await call(CHANNELS.deletePlace, { id: added.id });
  }, 60_000);

  it('adds an annotation to the area', async () => {
    await page.getByTestId('add-annotation-button').click();
    await page.getByTestId('annotation-text-input').fill('Part of the Wachau World Heritage landscape since 2000.');
    await page.getByTestId('annotation-author-input').fill('Kulturamt Krems');
    await page.getByTestId('save-annotation-button').click();
    await expect.poll(() => page.getByTestId('annotation-item').count(), WAIT).toBe(1);
    const annotations = await call<Annotation[]>(CHANNELS.listAnnotations, {
      featureType: 'quarter',
      featureId: quarter.id,
    });
    expect(annotations).toMatchObject([{ author: 'Kulturamt Krems' }]);
  }, 60_000);

  it('shows a change made by another client in the open panel', async () => {
    const description = 'The old town between the Obere Landstraße and the Krems river (edited elsewhere).';
    await call(CHANNELS.updateQuarter, { id: quarter.id, changes: { description } });
    await expect.poll(() => page.getByTestId('area-description-input').inputValue(), WAIT).toBe(description);
  }, 30_000);

  it('renames it with a French name typed beside the English one; Ctrl+Z undoes the rename', async () => {
    const french = page.getByTestId('area-translations').getByTestId('translation-name-fr');
    await expect(french.getAttribute('placeholder')).resolves.toBe(quarter.name);
    await page.getByTestId('area-name-input').fill(RENAMED);
    // The French field shows the English name it falls back to as it is typed.
    await expect(french.getAttribute('placeholder')).resolves.toBe(RENAMED);
    await french.fill(FRENCH.name);
    await page.getByTestId('area-translations').getByTestId('translation-description-fr').fill(FRENCH.description);
    await page.getByTestId('area-form-save').click();
    await page.getByTestId('area-form-saved').waitFor(WAIT);
    expect(await stored()).toMatchObject({ name: RENAMED, translations: { fr: FRENCH } });
    await expect(page.getByTestId('area-panel-title').textContent()).resolves.toBe(RENAMED);
    await expect.poll(nameOnMap, WAIT).toBe(RENAMED);
    await expect
      .poll(() => page.getByTestId('history-entry').first().textContent(), WAIT)
      .toContain(`Edit ${quarter.name}`);
    expect(inEnglish(await call<UndoState>(CHANNELS.getUndoState)).undoLabel).toBe(`Edit ${quarter.name}`);

    await panelPicture(page, 'area-panel.png');

    await leaveTextFields();
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.getByTestId('area-panel-title').textContent(), WAIT).toBe(quarter.name);
    await expect(page.getByTestId('area-name-input').inputValue()).resolves.toBe(quarter.name);
    await expect(french.inputValue()).resolves.toBe('');
    await expect(french.getAttribute('placeholder')).resolves.toBe(quarter.name);
    expect((await stored())?.name).toBe(quarter.name);
    expect((await stored())?.translations).toBeUndefined();
    await expect.poll(nameOnMap, WAIT).toBe(quarter.name);
    // Only the rename was undone: the annotation and the other client's description stay.
    await expect(page.getByTestId('annotation-item').count()).resolves.toBe(1);
    expect((await stored())?.description).toMatch(/edited elsewhere/);
  }, 90_000);

  it('refuses an empty name with the reason next to the name field', async () => {
    await page.getByTestId('area-name-input').fill('   ');
    await page.getByTestId('area-form-save').click();
    const nameField = page.getByTestId('area-form').locator('.field').first();
    const error = nameField.getByTestId('error-message');
    await error.waitFor(WAIT);
    const text = (await error.textContent()) ?? '';
    expect(text).toMatch(/^Name: /);
    expect(text).not.toMatch(/changes|quarters:|\bname\b\./);
    await expect(page.getByTestId('area-name-input').getAttribute('aria-invalid')).resolves.toBe('true');
    expect((await stored())?.name).toBe(quarter.name);
    await page.getByTestId('area-form').getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByTestId('area-name-input').inputValue()).resolves.toBe(quarter.name);
  }, 30_000);

  it('closes with Escape and opens again from the sidebar’s list (keyboard) and the table’s Areas tab', async () => {
    await leaveTextFields();
    await page.keyboard.press('Escape');
    await panel().waitFor({ state: 'detached', ...WAIT });
    await expect.poll(selectedOnMap, WAIT).toBe(false);

    const item = page.locator(`[data-testid="areas-list-item"][data-area-id="${quarter.id}"]`);
    await item.focus();
    await page.keyboard.press('Enter');
    await panel().waitFor(WAIT);
    await expect.poll(selectedOnMap, WAIT).toBe(true);
    await page.getByTestId('close-area-panel-button').click();
    await panel().waitFor({ state: 'detached', ...WAIT });

    await page.getByTestId('table-button').click();
    await page.getByTestId('table-tab-areas').click();
    await page.locator(`[data-testid="table-row"][data-row-id="${quarter.id}"]`).click();
    await panel().waitFor(WAIT);
    await expect(panel().getAttribute('data-area-id')).resolves.toBe(String(quarter.id));
    await page.getByTestId('table-button').click();
  }, 60_000);

  it('reshapes its outline with the Select tool from the panel; the size shown follows', async () => {
    const size = () => page.locator('[data-testid="area-summary"] .area-summary__size').textContent();
    const before = await size();
    const [west, south] = quarter.geometry.coordinates[0]![0]! as [number, number];
    const spot = await showQuarterAndFindSpot();
    await page.getByTestId('reshape-area-button').click();
    await expect(page.getByTestId('reshape-area-button').getAttribute('aria-pressed')).resolves.toBe('true');
    // terra-draw's select mode: a click on the area picks it, then its corners can be dragged.
    await page.mouse.move(spot.x, spot.y, { steps: 3 });
    await page.mouse.click(spot.x, spot.y);
    const corner = await page.evaluate(
      (position) => {
        const { map } = (window as unknown as MapHooks).__itinera;
        const point = map.project(position);
        const box = map.getCanvas().getBoundingClientRect();
        return { x: box.left + point.x, y: box.top + point.y };
      },
      [west, south] as [number, number],
    );
    await page.mouse.move(corner.x, corner.y, { steps: 4 });
    await page.mouse.down();
    await page.mouse.move(corner.x - 50, corner.y + 10, { steps: 10 });
    await page.mouse.up();
    await expect.poll(async () => (await stored())!.geometry.coordinates[0]![0]![0]!, WAIT).toBeLessThan(west);
    await expect.poll(size, WAIT).not.toBe(before);
    await expect(panel().getAttribute('data-area-id')).resolves.toBe(String(quarter.id));
    expect(inEnglish(await call<UndoState>(CHANNELS.getUndoState)).undoLabel).toBe(`Reshape ${quarter.name}`);
    // Esc leaves the tool; the panel stays open.
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('reshape-area-button').getAttribute('aria-pressed')).resolves.toBe('false');
    await expect(panel().count()).resolves.toBe(1);
  }, 60_000);

  it('lays the panel out without overflow in the pseudo-locale (texts 40% longer)', async () => {
    const pseudo = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      await pseudo.goto(`${session.serve.url}&e2e=1&lang=en-XA`);
      await waitForMapIdle(pseudo);
      await pseudo.locator(`[data-testid="areas-list-item"][data-area-id="${quarter.id}"]`).click();
      await pseudo.getByTestId('area-panel').waitFor(WAIT);
      await expect.poll(() => pseudo.getByTestId('area-summary').textContent(), WAIT).toMatch(/^\[?[\d.]+ ha/);
      const outside = await pseudo.evaluate(() => {
        const panel = document.querySelector('[data-testid="area-panel"]')!;
        const box = panel.getBoundingClientRect();
        return Array.from(panel.querySelectorAll('*'))
          .filter((element) => {
            const rect = element.getBoundingClientRect();
            return rect.width > 0 && (rect.right > box.right + 1 || rect.left < box.left - 1);
          })
          .map((element) => element.outerHTML.slice(0, 120));
      });
      expect(outside).toEqual([]);
      await panelPicture(pseudo, 'area-panel-en-XA.png');
    } finally {
      await pseudo.close();
    }
  }, 120_000);

  it('is deleted after confirming, and undo brings it back', async () => {
    await page.getByTestId('delete-area-button').click();
    await page.getByTestId('confirm-delete-area-button').click();
    await panel().waitFor({ state: 'detached', ...WAIT });
    await expect
      .poll(() => page.getByTestId('status-message').textContent(), WAIT)
      .toContain(`Area “${quarter.name}” deleted.`);
    expect(await stored()).toBeUndefined();
    await leaveTextFields();
    await page.keyboard.press('Control+z');
    await expect.poll(stored, WAIT).toMatchObject({ id: quarter.id, name: quarter.name });
    await expect
      .poll(() => call<Annotation[]>(CHANNELS.listAnnotations, { featureType: 'quarter', featureId: quarter.id }), WAIT)
      .toHaveLength(1);
    expect(session.requests.filter((url) => !isLocal(url))).toEqual([]);
  }, 60_000);
});
