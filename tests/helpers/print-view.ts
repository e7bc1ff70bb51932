import { distance } from '@turf/turf';
import type { Page } from 'playwright-core';

// What the e2e tests read off a print view (a guide's, a map's) in Chromium: when it is drawn, and
// how long its scale bar is against the ground the drawn map covers.

/** Waits until the print view says it is drawn (or why it cannot be). */
export async function waitForPrintView(page: Page, timeout = 90_000): Promise<void> {
  await page.waitForFunction(() => document.body.dataset.printReady ?? document.body.dataset.printError, undefined, {
    timeout,
  });
}

/**
 * The scale bar's stated metres and the metres its drawn length covers on the map (from the map's
 * drawn extent, at its middle latitude, per CSS pixel of the printed map).
 */
export async function scaleBarMetres(page: Page): Promise<{ stated: number; drawn: number }> {
  const measured = await page.evaluate(() => {
    const map = document.querySelector<HTMLElement>('[data-testid="print-map"]')!;
    const bar = document.querySelector<HTMLElement>('[data-testid="scale-bar-line"]')!;
    return {
      bounds: map.dataset.bounds!.split(',').map(Number),
      mapWidth: map.getBoundingClientRect().width,
      barWidth: bar.getBoundingClientRect().width,
      barMetres: Number(document.querySelector<HTMLElement>('[data-testid="scale-bar"]')!.dataset.metres),
    };
  });
  const [west, south, east, north] = measured.bounds as [number, number, number, number];
  const middle = (south + north) / 2;
  const acrossMetres = distance([west, middle], [east, middle], { units: 'meters' });
  return { stated: measured.barMetres, drawn: (measured.barWidth * acrossMetres) / measured.mapWidth };
}
