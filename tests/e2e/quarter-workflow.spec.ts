import { booleanPointInPolygon } from '@turf/turf';
import type { Page } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CHANNELS, type UndoState } from '../../shared/api/contract.js';
import type { Attachment } from '../../shared/model/attachment-schemas.js';
import type { Link, Place, Quarter } from '../../shared/model/schemas.js';
import { isLocal, openSampleInChromium, waitForMapIdle, type SampleSession } from '../helpers/browser.js';
import { tempDir } from '../helpers/temp-dir.js';
import { haveTools } from '../helpers/tools.js';
import { inEnglish } from '../helpers/labels.js';

// Issue #3's acceptance as one user flow, in one session on a copy of the sample project (serve
// mode, Chromium), through the UI only: draw a quarter, add places inside it, filter to that
// quarter (map and table show exactly them), undo the last two edits with Ctrl+Z (and redo one),
// attach a photo and see its thumbnail (also across undo, redo and a reload), link two places
// picked with the Link tool. Each step is checked in the API, the DOM and the map's features.

const tools = haveTools('chromium');
const SCREENSHOTS = path.join(import.meta.dirname, '..', '..', '.cache', 'screenshots');

const QUARTER = 'Hafenquartier';
/**
 * The quarter's corners in viewport pixels (1280 × 800: sidebar 360 wide, map from y 38): an empty
 * stretch east of the sample's quarter, below the zoom buttons and the "Dark map" button, above
 * the scale bar. The test checks it is empty and uncovered before drawing.
 */
const CORNERS: [number, number][] = [
  [1040, 470],
  [1180, 480],
  [1170, 660],
  [1030, 640],
];
/** The places added inside it, in order; the third is renamed before the fourth is added. */
const NEW_PLACES = [
  { name: 'Hafenatelier', category: 'creative-firm', at: [1080, 520] },
  { name: 'Speicher Ateliers', category: 'studio-building', at: [1140, 530] },
  { name: 'Kranhaus', category: 'historic-building', at: [1085, 600] },
  { name: 'Fährhaus Gästeinfo', category: 'visitor-information', at: [1135, 615] },
] as const;
const RENAMED = 'Kranhaus am Hafen';

interface MapHandle {
  getSource(id: string): { getData(): Promise<{ features: { id?: number | string }[] }> } | undefined;
  querySourceFeatures(source: string): { id?: number | string; properties: Record<string, unknown> }[];
  queryRenderedFeatures(
    geometry?: [[number, number], [number, number]] | { layers: string[] },
    options?: { layers: string[] },
  ): { id?: number | string; properties: Record<string, unknown>; layer: { id: string } }[];
  fitBounds(bounds: [number, number, number, number], options: { padding: number; duration: number }): void;
  getCanvas(): HTMLCanvasElement;
}
type Hooks = { __itinera: { map: MapHandle; placeScreenPoint(id: number): { x: number; y: number } } };

describe.runIf(tools)("issue #3's quarter workflow in Chromium (serve mode)", () => {
  let session: SampleSession | undefined;
  let page: Page;
  /** What the flow created, filled in as it goes. */
  const ids: { quarter?: Quarter; places: number[]; samplePlaces: number[] } = { places: [], samplePlaces: [] };

  async function api<T>(channel: string, input: unknown = {}): Promise<T> {
    const response = await fetch(`${session!.serve.origin}/api/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-itinera-token': session!.serve.token },
      body: JSON.stringify(input),
    });
    const body = (await response.json()) as { ok: boolean; value: T; error?: { message: string } };
    if (!body.ok) throw new Error(`${channel}: ${body.error?.message}`);
    return body.value;
  }

  /** A click as a user makes it: the pointer moves there first (terra-draw follows the moves). */
  async function clickAt(x: number, y: number): Promise<void> {
    await page.mouse.move(x, y, { steps: 3 });
    await page.mouse.click(x, y);
  }

  const placeScreenPoint = (id: number) =>
    page.evaluate((placeId) => (window as unknown as Hooks).__itinera.placeScreenPoint(placeId), id);

  /** The place ids in the map's places source (what the filter lets through). */
  const sourcePlaceIds = () =>
    page.evaluate(async () => {
      const data = await (window as unknown as Hooks).__itinera.map.getSource('places')!.getData();
      return data.features.map((feature) => Number(feature.id)).sort((a, b) => a - b);
    });

  /** The place ids drawn on the map now (circles in view). */
  async function renderedPlaceIds(): Promise<number[]> {
    await waitForMapIdle(page);
    return page.evaluate(() => {
      const found = (window as unknown as Hooks).__itinera.map.queryRenderedFeatures({ layers: ['places-circle'] });
      return [...new Set(found.map((feature) => Number(feature.id)))].sort((a, b) => a - b);
    });
  }

  /** The attribute table's row ids (the window is tall enough for every row to be in the DOM). */
  const tableRowIds = () =>
    page
      .getByTestId('table-row')
      .evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('data-row-id'))).sort((a, b) => a - b));

  const tableCell = (id: number, column: string) =>
    page.locator(`[data-testid="table-row"][data-row-id="${id}"] [data-column="${column}"]`).textContent();

  /** Brings the new quarter into view, as a user zooms to where they work. */
  async function showQuarter(): Promise<void> {
    const ring = ids.quarter!.geometry.coordinates[0]!;
    const longitudes = ring.map(([longitude]) => longitude!);
    const latitudes = ring.map(([, latitude]) => latitude!);
    await page.evaluate(
      (bounds) => (window as unknown as Hooks).__itinera.map.fitBounds(bounds, { padding: 80, duration: 0 }),
      [Math.min(...longitudes), Math.min(...latitudes), Math.max(...longitudes), Math.max(...latitudes)] as [
        number,
        number,
        number,
        number,
      ],
    );
    await waitForMapIdle(page);
  }

  /** Ctrl+Z belongs to a text field while one has focus; the user clicks away first. */
  async function leaveTextFields(): Promise<void> {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  }

  // The labels as an English reader sees them (the API sends them as messages).
  const undoState = async () => inEnglish(await api<UndoState>(CHANNELS.getUndoState));

  /** Waits until every thumbnail in the panel has decoded; returns their natural widths. */
  async function thumbnailWidths(count: number): Promise<number[]> {
    await page.waitForFunction(
      (expected) => {
        const images = Array.from(document.querySelectorAll<HTMLImageElement>('[data-testid="attachment-thumbnail"]'));
        return images.length === expected && images.every((image) => image.complete && image.naturalWidth > 0);
      },
      count,
      { timeout: 30_000 },
    );
    return page.$$eval('[data-testid="attachment-thumbnail"]', (images) =>
      images.map((image) => (image as HTMLImageElement).naturalWidth),
    );
  }

  /** Selects a place the way a user does: a click on it on the map. */
  async function clickPlace(id: number, name: string): Promise<void> {
    const point = await placeScreenPoint(id);
    await clickAt(point.x, point.y);
    await expect.poll(() => page.getByTestId('place-name-input').inputValue(), { timeout: 15_000 }).toBe(name);
  }

  beforeAll(async () => {
    session = await openSampleInChromium(tempDir('itinera-e2e-quarter-workflow-'));
    page = session.page;
    page.on('dialog', (dialog) => void dialog.accept());
    ids.samplePlaces = (await api<Place[]>(CHANNELS.listPlaces)).map((place) => place.id);
  }, 120_000);

  afterAll(() => session?.close());

  // A failed step leaves a picture of the window behind, to see what the user would have seen.
  beforeEach((context) => {
    context.onTestFailed(async () => {
      fs.mkdirSync(SCREENSHOTS, { recursive: true });
      await page
        ?.screenshot({ path: path.join(SCREENSHOTS, `quarter-workflow-failed-${context.task.name.slice(0, 40)}.png`) })
        .catch(() => undefined);
    });
  });

  it('draws a quarter with the Area tool in an empty, uncovered part of the map', async () => {
    // The spot is empty (no place, no area drawn there) and nothing covers it: each corner and
    // each place to add is the map's own canvas, not a button over it (a click there once landed
    // on the "Dark map" button in CI).
    const spot = await page.evaluate(
      ({ corners, points }) => {
        const { map } = (window as unknown as Hooks).__itinera;
        const canvas = map.getCanvas();
        const box = canvas.getBoundingClientRect();
        const xs = corners.map(([x]) => x - box.left);
        const ys = corners.map(([, y]) => y - box.top);
        const features = map.queryRenderedFeatures([
          [Math.min(...xs) - 20, Math.min(...ys) - 20],
          [Math.max(...xs) + 20, Math.max(...ys) + 20],
        ]);
        return {
          features: features
            .filter((feature) => /^(places|quarters|links|routes)/.test(feature.layer.id))
            .map((feature) => feature.layer.id),
          covered: [...corners, ...points].filter(([x, y]) => document.elementFromPoint(x, y) !== canvas),
        };
      },
      { corners: CORNERS, points: NEW_PLACES.map((place) => [...place.at]) },
    );
    expect(spot).toEqual({ features: [], covered: [] });

    const before = await api<Quarter[]>(CHANNELS.listQuarters);
    await page.getByTestId('tool-area').click();
    await expect
      .poll(() => page.getByTestId('map-hint').textContent(), { timeout: 10_000 })
      .toMatch(/corners of the area/);
    for (const [x, y] of CORNERS) await clickAt(x, y);
    await clickAt(...CORNERS[0]!); // closing on the first corner finishes the outline
    await page.getByTestId('new-area-form').waitFor({ timeout: 15_000 });
    await page.getByTestId('new-area-name-input').fill(QUARTER);
    await page.getByTestId('new-area-kind-select').selectOption('cultural-quarter');
    await page.getByTestId('new-area-form-save').click();
    await page.getByTestId('new-area-form').waitFor({ state: 'hidden', timeout: 15_000 });

    const after = await api<Quarter[]>(CHANNELS.listQuarters);
    expect(after).toHaveLength(before.length + 1);
    ids.quarter = after.find((quarter) => quarter.name === QUARTER);
    expect(ids.quarter).toMatchObject({ kind: 'cultural-quarter' });
    const ring = ids.quarter!.geometry.coordinates[0]!;
    expect(ring).toHaveLength(5);
    expect(ring[4]).toEqual(ring[0]);
    // Drawn on the map, and none of the sample's places is inside it.
    await expect
      .poll(
        () =>
          page.evaluate(() =>
            (window as unknown as Hooks).__itinera.map
              .querySourceFeatures('quarters')
              .map((feature) => feature.properties['name']),
          ),
        { timeout: 15_000 },
      )
      .toContain(QUARTER);
    const sample = await api<Place[]>(CHANNELS.listPlaces);
    expect(
      sample.filter((place) => booleanPointInPolygon([place.longitude, place.latitude], ids.quarter!.geometry)),
    ).toEqual([]);
    await expect
      .poll(() => page.getByTestId('undo-button').getAttribute('title'), { timeout: 10_000 })
      .toMatch(new RegExp(`^Undo “Draw ${QUARTER}”`));
  }, 90_000);

  it('adds four places inside it with the Place tool and form, and renames one in its panel', async () => {
    for (const [index, entry] of NEW_PLACES.entries()) {
      await page.getByTestId('tool-place').click();
      await clickAt(entry.at[0], entry.at[1]);
      await page.getByTestId('new-place-panel').waitFor({ timeout: 15_000 });
      await page.getByTestId('new-place-name-input').fill(entry.name);
      await page.getByTestId('new-place-category-select').selectOption(entry.category);
      await page.getByTestId('create-place-button').click();
      // The new place opens in its panel.
      await expect.poll(() => page.getByTestId('place-name-input').inputValue(), { timeout: 15_000 }).toBe(entry.name);
      const created = (await api<Place[]>(CHANNELS.listPlaces)).find((place) => place.name === entry.name);
      expect(created).toMatchObject({ category: entry.category });
      expect(booleanPointInPolygon([created!.longitude, created!.latitude], ids.quarter!.geometry)).toBe(true);
      ids.places.push(created!.id);

      if (index === 2) {
        // Its name was misspelt: corrected in the panel, an edit of its own.
        await page.getByTestId('place-name-input').fill(RENAMED);
        await page.getByTestId('save-place-button').click();
        await expect
          .poll(async () => (await api<Place>(CHANNELS.getPlace, { id: created!.id })).name, { timeout: 15_000 })
          .toBe(RENAMED);
      }
    }
    await expect.poll(sourcePlaceIds, { timeout: 15_000 }).toEqual([...ids.samplePlaces, ...ids.places]);
    const state = await undoState();
    expect(state.undoLabel).toBe(`Add ${NEW_PLACES[3].name}`);
  }, 120_000);

  it('filters to the quarter with the area facet: the map and the table show exactly the new places', async () => {
    await page.getByTestId('table-button').click();
    await page.getByTestId('table-grid').waitFor();
    await page.getByTestId('filter-button').click();
    await page.getByTestId('filter-area-select').selectOption({ label: QUARTER });
    await page.getByTestId('filter-button').click();
    await page.getByTestId('filter-panel').waitFor({ state: 'detached', timeout: 10_000 });
    await expect(page.getByTestId('filter-chip').allTextContents()).resolves.toEqual([`Inside: ${QUARTER}×`]);

    const inside = [...ids.places].sort((a, b) => a - b);
    await expect.poll(sourcePlaceIds, { timeout: 15_000 }).toEqual(inside);
    await expect.poll(tableRowIds, { timeout: 15_000 }).toEqual(inside);
    const total = ids.samplePlaces.length + ids.places.length;
    await expect(page.getByTestId('table-row-count').textContent()).resolves.toBe(`4 of ${total} rows`);
    await showQuarter();
    expect(await renderedPlaceIds()).toEqual(inside);

    await page.getByTestId('filter-clear-all').click();
    await expect(page.getByTestId('filter-chip').count()).resolves.toBe(0);
    await expect.poll(sourcePlaceIds, { timeout: 15_000 }).toEqual([...ids.samplePlaces, ...ids.places]);
    // The table is virtualised (only rows in view are in the DOM): its count says all are back.
    await expect
      .poll(() => page.getByTestId('table-row-count').textContent(), { timeout: 15_000 })
      .toBe(`${total} rows`);
  }, 90_000);

  it('undoes the last two edits with Ctrl+Z (the fourth place, the rename) and redoes the rename', async () => {
    const [, , kranhaus, faehrhaus] = ids.places as [number, number, number, number];
    await leaveTextFields();
    await page.keyboard.press('Control+z');
    await expect
      .poll(() => page.getByTestId('status-message').textContent(), { timeout: 15_000 })
      .toContain(`Undone: Add ${NEW_PLACES[3].name}.`);
    await leaveTextFields();
    await page.keyboard.press('Control+z');
    await expect
      .poll(() => page.getByTestId('status-message').textContent(), { timeout: 15_000 })
      .toContain(`Undone: Edit ${NEW_PLACES[2].name}.`);

    // The API: the fourth place is gone, the third has its first name, the rest is untouched.
    const places = await api<Place[]>(CHANNELS.listPlaces);
    expect(places.map((place) => place.id).sort((a, b) => a - b)).toEqual([
      ...ids.samplePlaces,
      ...ids.places.slice(0, 3),
    ]);
    expect(places.find((place) => place.id === kranhaus)?.name).toBe(NEW_PLACES[2].name);
    expect(await undoState()).toMatchObject({
      undoLabel: `Add ${NEW_PLACES[2].name}`,
      redoLabel: `Edit ${NEW_PLACES[2].name}`,
    });
    expect((await api<Quarter[]>(CHANNELS.listQuarters)).some((quarter) => quarter.name === QUARTER)).toBe(true);
    // The UI: neither the map nor the table has the fourth place; both show the first name.
    await expect.poll(sourcePlaceIds, { timeout: 15_000 }).not.toContain(faehrhaus);
    expect(await renderedPlaceIds()).toEqual(expect.arrayContaining(ids.places.slice(0, 3)));
    expect(await renderedPlaceIds()).not.toContain(faehrhaus);
    const total = ids.samplePlaces.length + ids.places.length;
    await expect
      .poll(() => page.getByTestId('table-row-count').textContent(), { timeout: 15_000 })
      .toBe(`${total - 1} rows`);
    // Selecting the third place on the map scrolls the table to its row; the fourth (the next id)
    // would be beside it.
    await clickPlace(kranhaus, NEW_PLACES[2].name);
    await expect.poll(() => tableCell(kranhaus, 'name'), { timeout: 15_000 }).toBe(NEW_PLACES[2].name);
    expect(await tableRowIds()).toEqual(expect.arrayContaining(ids.places.slice(0, 3)));
    expect(await tableRowIds()).not.toContain(faehrhaus);
    const label = await page.evaluate(
      (id) =>
        (window as unknown as Hooks).__itinera.map.querySourceFeatures('places').find((feature) => feature.id === id)
          ?.properties['name'],
      kranhaus,
    );
    expect(label).toBe(NEW_PLACES[2].name);
    await expect
      .poll(() => page.getByTestId('redo-button').getAttribute('title'))
      .toMatch(new RegExp(`^Redo “Edit ${NEW_PLACES[2].name}”`));

    // Redo one: the rename comes back, the fourth place stays undone.
    await leaveTextFields();
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => tableCell(kranhaus, 'name'), { timeout: 15_000 }).toBe(RENAMED);
    expect((await api<Place>(CHANNELS.getPlace, { id: kranhaus })).name).toBe(RENAMED);
    expect(await undoState()).toMatchObject({
      undoLabel: `Edit ${NEW_PLACES[2].name}`,
      redoLabel: `Add ${NEW_PLACES[3].name}`,
    });
    await expect(page.getByTestId('place-name-input').inputValue()).resolves.toBe(RENAMED);
    expect(await tableRowIds()).not.toContain(faehrhaus);
    await expect(page.getByTestId('table-row-count').textContent()).resolves.toBe(`${total - 1} rows`);
    await page.getByTestId('table-button').click();
    await page.getByTestId('attribute-table').waitFor({ state: 'detached', timeout: 10_000 });
  }, 90_000);

  it('attaches a photo with the file picker; undo takes it out of the open panel, redo brings it back', async () => {
    const atelier = ids.places[0]!;
    await showQuarter();
    await clickPlace(atelier, NEW_PLACES[0].name);
    await page.getByTestId('attachments-section').waitFor();
    // The panel reads the place's photos after it opens ("Loading photos and documents…" first).
    await expect
      .poll(() => page.getByTestId('attachments-section').textContent(), { timeout: 15_000 })
      .toContain('No photo or document yet');

    // A real PNG, drawn on a canvas in the page: a harbour-blue rectangle with a crane.
    const png = Buffer.from(
      await page.evaluate(() => {
        const canvas = document.createElement('canvas');
        canvas.width = 96;
        canvas.height = 64;
        const context = canvas.getContext('2d')!;
        context.fillStyle = '#1d5f8a';
        context.fillRect(0, 0, 96, 64);
        context.fillStyle = '#f2c14e';
        context.fillRect(20, 10, 8, 44);
        context.fillRect(20, 10, 56, 6);
        return canvas.toDataURL('image/png').slice('data:image/png;base64,'.length);
      }),
      'base64',
    );
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    await page
      .getByTestId('attachment-file-input')
      .setInputFiles({ name: 'kran.png', mimeType: 'image/png', buffer: png });
    expect((await thumbnailWidths(1))[0]).toBeGreaterThan(0);
    const stored = await api<Attachment[]>(CHANNELS.listAttachments, { featureType: 'place', featureId: atelier });
    expect(stored).toMatchObject([{ fileName: 'kran.png', contentType: 'image/png', hasThumbnail: true }]);
    const original = await api<{ contentBase64: string }>(CHANNELS.getAttachmentContent, { id: stored[0]!.id });
    expect(Buffer.from(original.contentBase64, 'base64').equals(png)).toBe(true);
    // Attaching is an undo step the Undo button knows about at once.
    await expect
      .poll(() => page.getByTestId('undo-button').getAttribute('title'), { timeout: 15_000 })
      .toMatch(/^Undo “Attach kran\.png/);

    // Undo: the photo leaves the open panel (no reselecting); redo: it is back.
    await leaveTextFields();
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.getByTestId('attachment-tile').count(), { timeout: 15_000 }).toBe(0);
    // The panel reads the place's photos after it opens ("Loading photos and documents…" first).
    await expect
      .poll(() => page.getByTestId('attachments-section').textContent(), { timeout: 15_000 })
      .toContain('No photo or document yet');
    expect(await api<Attachment[]>(CHANNELS.listAttachments, { featureType: 'place', featureId: atelier })).toEqual([]);
    await leaveTextFields();
    await page.keyboard.press('Control+Shift+z');
    expect((await thumbnailWidths(1))[0]).toBeGreaterThan(0);
    expect(
      await api<Attachment[]>(CHANNELS.listAttachments, { featureType: 'place', featureId: atelier }),
    ).toMatchObject([{ id: stored[0]!.id, fileName: 'kran.png' }]);
  }, 120_000);

  it("still shows the photo's thumbnail after a reload", async () => {
    const atelier = ids.places[0]!;
    await page.reload();
    await waitForMapIdle(page);
    // Found by name this time, as a user comes back to a place.
    await page.getByTestId('search-input').fill(NEW_PLACES[0].name);
    await page.locator(`[data-testid="search-result"][data-place-id="${atelier}"]`).click({ timeout: 20_000 });
    await expect
      .poll(() => page.getByTestId('place-name-input').inputValue(), { timeout: 15_000 })
      .toBe(NEW_PLACES[0].name);
    await expect(page.getByTestId('place-panel').getAttribute('data-place-id')).resolves.toBe(String(atelier));
    const widths = await thumbnailWidths(1);
    expect(widths[0]).toBeGreaterThan(0);
    await expect(page.getByTestId('attachment-tile').textContent()).resolves.toContain('kran.png');
  }, 120_000);

  it('links two places picked with the Link tool: saved with its type, listed and drawn', async () => {
    const [atelier, speicher] = ids.places as [number, number];
    const before = await api<Link[]>(CHANNELS.listLinks);
    await showQuarter();
    await page.getByTestId('tool-link').click();
    const from = await placeScreenPoint(atelier);
    await clickAt(from.x, from.y);
    await expect
      .poll(() => page.getByTestId('map-hint').textContent(), { timeout: 10_000 })
      .toContain(NEW_PLACES[0].name);
    const to = await placeScreenPoint(speicher);
    await clickAt(to.x, to.y);
    await page.getByTestId('new-link-form').waitFor({ timeout: 15_000 });
    await expect(page.getByTestId('new-link-form').textContent()).resolves.toContain(
      `${NEW_PLACES[0].name} → ${NEW_PLACES[1].name}`,
    );
    await page.getByTestId('new-link-type-select').selectOption('shares-space');
    await page.getByTestId('new-link-form-save').click();
    await page.getByTestId('new-link-form').waitFor({ state: 'hidden', timeout: 15_000 });

    const after = await api<Link[]>(CHANNELS.listLinks);
    expect(after).toHaveLength(before.length + 1);
    const created = after.find((link) => link.fromPlaceId === atelier && link.toPlaceId === speicher);
    expect(created?.type).toBe('shares-space');
    // Listed in the first place's panel with its type, drawn as an arc of that type.
    await expect
      .poll(() => page.getByTestId('place-link').allTextContents(), { timeout: 15_000 })
      .toContainEqual(expect.stringMatching(new RegExp(`${NEW_PLACES[1].name}[\\s\\S]*Shares a space`)));
    await waitForMapIdle(page);
    const drawn = await page.evaluate((id) => {
      const { map } = (window as unknown as Hooks).__itinera;
      return map
        .queryRenderedFeatures({ layers: ['links-line'] })
        .filter((feature) => feature.id === id)
        .map((feature) => feature.properties['type']);
    }, created!.id);
    expect(drawn[0]).toBe('shares-space');
    await expect(page.getByTestId('legend-link-shares-space').textContent()).resolves.toMatch(/Shares a space\s*1/);

    // Nothing in the whole flow left the machine.
    expect(session!.requests.filter((url) => !isLocal(url))).toEqual([]);
  }, 90_000);
});
