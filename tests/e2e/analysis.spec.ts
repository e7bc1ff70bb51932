import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GapList, NetworkReport, ScopedReportCard } from '../../shared/api/analytics.js';
import { CHANNELS } from '../../shared/api/contract.js';
import type { Link, Quarter } from '../../shared/model/schemas.js';
import { accessibilityProblems } from '../helpers/accessibility.js';
import { seriousAxeViolations } from '../helpers/axe.js';
import { launchBrowser, waitForMapIdle } from '../helpers/browser.js';
import { itinera, ROOT, startServe, type ServeProcess } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { haveTools } from '../helpers/tools.js';

// The analysis dock beside the map (issue #15) in Chromium against `itinera serve`, on the sample
// (Krems old town) with the OpenStreetMap extract of Krems imported into it, as a planner's first
// hour would have it: the dock opens on the report card of the places shown; the network tab draws the link network and a click on the actor with the
// highest betweenness (as the API computes it) selects that place on the map; the gap finder
// lists near actors without a link and "Link them" records one; proposed quarters draws drafts
// and one is saved as an area, which opens for review. Keyboard: the tabs follow arrow keys.
// Screenshots go to .cache/e2e/.

const tools = haveTools('chromium');
const EXTRACT = path.resolve(ROOT, '..', 'shared', 'data', 'osm', 'krems.osm.gz');
const SHOTS = path.join(ROOT, '.cache', 'e2e');
const WAIT = { timeout: 20_000 };

describe.runIf(tools)('the analysis dock in Chromium (serve mode)', () => {
  let serve: ServeProcess;
  let browser: Browser;
  let page: Page;

  const api = async <T>(channel: string, input: unknown): Promise<T> => {
    const response = await fetch(`${serve.origin}/api/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-itinera-token': serve.token },
      body: JSON.stringify(input),
    });
    const body = (await response.json()) as { ok: boolean; value: T; error?: { message: string } };
    if (!body.ok) throw new Error(body.error?.message);
    return body.value;
  };
  const selectedOnMap = (id: number) =>
    page.evaluate(
      (placeId) =>
        (
          window as unknown as {
            __itinera: { map: { getFeatureState(f: { source: string; id: number }): Record<string, unknown> } };
          }
        ).__itinera.map.getFeatureState({ source: 'places', id: placeId }).selected === true,
      id,
    );

  beforeAll(async () => {
    const project = path.join(tempDir('itinera-e2e-analysis-'), 'krems.gpkg');
    for (const args of [
      ['sample', project],
      ['import-osm', project, EXTRACT],
    ]) {
      const result = itinera(args);
      if (result.status !== 0) throw new Error(`itinera ${args[0]} failed: ${result.stderr}`);
    }
    serve = await startServe(['--project', project]);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    await page.goto(`${serve.url}&e2e=1`);
    await waitForMapIdle(page);
    fs.mkdirSync(SHOTS, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await serve?.stop();
  });

  it('opens on the report card of the places the map shows, as the API computes it', async () => {
    await page.getByTestId('analysis-button').click();
    const places = await api<{ id: number }[]>(CHANNELS.listPlaces, {});
    const card = await api<ScopedReportCard>(CHANNELS.reportCard, {
      scope: { kind: 'places', placeIds: places.map((place) => place.id) },
    });
    expect(card.creativeFirms).toBeGreaterThan(2);
    await expect
      .poll(() => page.getByTestId('analysis-dock').getByTestId('report-card-firms').textContent(), WAIT)
      .toBe(String(card.creativeFirms));
    await expect(page.getByTestId('report-card-scope').inputValue()).resolves.toBe('shown');
    await expect(page.getByTestId('report-card-scope').locator('option').first().textContent()).resolves.toBe(
      `the ${places.length} places shown on the map`,
    );
    await page.screenshot({ path: path.join(SHOTS, 'analysis-report-card.png') });
  });

  it('draws the link network; a click on the actor holding it together selects it on the map', async () => {
    await page.getByTestId('analysis-tab-network').click();
    await page.getByTestId('network-graph').waitFor(WAIT);
    const report = await api<NetworkReport>(CHANNELS.linkNetwork, {});
    const top = [...report.actors].sort((a, b) => b.betweenness - a.betweenness || b.degree - a.degree)[0]!;
    expect(top.betweenness).toBeGreaterThan(0);
    // Every place with a link is drawn; those without are counted, not drawn.
    const linked = report.actors.filter((actor) => actor.degree > 0).length;
    await expect(page.getByTestId('network-node').count()).resolves.toBe(linked);
    await expect(page.getByTestId('network-figures').textContent()).resolves.toContain(
      `Linked pairs${report.summary.edges}`,
    );
    await page.locator(`[data-testid="network-node"][data-place-id="${top.placeId}"]`).click();
    await expect.poll(() => selectedOnMap(top.placeId), WAIT).toBe(true);
    await page.getByTestId('place-panel').getByText(top.name).first().waitFor(WAIT);
    await page.getByTestId('network-selected').waitFor(WAIT);
    // The list of the most central actors leads with it, and is the keyboard's way to the nodes.
    await expect(page.getByTestId('network-actor').first().getAttribute('data-place-id')).resolves.toBe(
      String(top.placeId),
    );
    await waitForMapIdle(page);
    await page.screenshot({ path: path.join(SHOTS, 'analysis-network.png') });
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await accessibilityProblems(page, '[data-testid="analysis-dock"]')).toEqual([]);
  });

  it('lists near actors without a link; "Link them" records the link and the pair leaves the list', async () => {
    await page.getByTestId('analysis-tab-network').focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('analysis-tab-gaps').getAttribute('aria-selected')).resolves.toBe('true');
    await page.getByTestId('gap').first().waitFor(WAIT);
    const expected = await api<GapList>(CHANNELS.findGaps, { withinMetres: 500, limit: 50 });
    const first = expected.gaps[0]!;
    await expect(page.getByTestId('gaps-summary').textContent()).resolves.toContain(`${expected.candidates} pairs`);
    const before = await api<Link[]>(CHANNELS.listLinks, {});
    await page.getByTestId('gap').first().getByTestId('gap-link').click();
    await expect.poll(async () => (await api<Link[]>(CHANNELS.listLinks, {})).length, WAIT).toBe(before.length + 1);
    const added = (await api<Link[]>(CHANNELS.listLinks, {})).find(
      (link) => !before.some((old) => old.id === link.id),
    )!;
    expect(added).toMatchObject({
      fromPlaceId: first.fromPlaceId,
      toPlaceId: first.toPlaceId,
      type: 'project-partner',
    });
    await expect
      .poll(() => page.getByTestId('gaps-summary').textContent(), WAIT)
      .toContain(`${expected.candidates - 1} pairs`);
    // Groups of three: "Link all three" records their three links.
    const now = await api<GapList>(CHANNELS.findGaps, { withinMetres: 500, limit: 50 });
    const trio = now.groups.groups[0]!;
    await expect
      .poll(() => page.getByTestId('gap-groups-summary').textContent(), WAIT)
      .toContain(`${now.groups.candidates} groups of three`);
    const linksBefore = (await api<Link[]>(CHANNELS.listLinks, {})).length;
    await page.getByTestId('gap-group').first().getByTestId('gap-group-link').click();
    await expect.poll(async () => (await api<Link[]>(CHANNELS.listLinks, {})).length, WAIT).toBe(linksBefore + 3);
    const trioLinks = (await api<Link[]>(CHANNELS.listLinks, {})).filter(
      (link) => trio.placeIds.includes(link.fromPlaceId) && trio.placeIds.includes(link.toPlaceId),
    );
    expect(trioLinks).toHaveLength(3);
    await page.screenshot({ path: path.join(SHOTS, 'analysis-gaps.png') });
  });

  it('proposes quarters where creative firms cluster and saves one as an area', async () => {
    await page.getByTestId('analysis-tab-quarters').click();
    await page.getByTestId('proposal-eps').fill('300');
    await page.getByTestId('proposal-min').fill('3');
    await page.getByTestId('propose').click();
    await page.getByTestId('proposal').first().waitFor(WAIT);
    const drafts = await page.evaluate(async () =>
      (
        window as unknown as {
          __itinera: { map: { getSource(id: string): { getData(): Promise<{ features: unknown[] }> } } };
        }
      ).__itinera.map
        .getSource('proposed-quarters')
        .getData(),
    );
    expect(drafts.features.length).toBeGreaterThan(0);
    const before = await api<Quarter[]>(CHANNELS.listQuarters, {});
    await page.getByTestId('proposal').first().getByRole('button', { name: 'Show on map' }).click();
    await waitForMapIdle(page);
    await page.screenshot({ path: path.join(SHOTS, 'analysis-proposed-quarters.png') });
    await page.getByTestId('proposal').first().getByTestId('proposal-save').click();
    await expect
      .poll(async () => (await api<Quarter[]>(CHANNELS.listQuarters, {})).length, WAIT)
      .toBe(before.length + 1);
    const saved = (await api<Quarter[]>(CHANNELS.listQuarters, {})).at(-1)!;
    expect(saved.name).toBe('Proposed quarter 1');
    expect(saved.description).toMatch(/at least 3 within 300 m \(DBSCAN\)/);
    // It opens in the area panel for review, and the draft says it was saved.
    await page.getByTestId('area-panel').waitFor(WAIT);
    await page.getByTestId('proposal').first().getByText('Saved').waitFor(WAIT);
  });
});
