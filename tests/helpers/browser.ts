import path from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { itinera, startServe, type ServeProcess } from './cli.js';

// Debian's Chromium driven by playwright-core (no downloaded browser). Flags per CONVENTIONS.md:
// software WebGL through SwiftShader (--enable-unsafe-swiftshader; --use-gl=swiftshader would
// leave MapLibre without WebGL2) and no background networking.
export const CHROMIUM = '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--enable-unsafe-swiftshader',
    ],
  });
}

/** Records every URL the page requests, to prove none leaves 127.0.0.1. */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

export function isLocal(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return true;
  try {
    return new URL(url).hostname === '127.0.0.1';
  } catch {
    return false;
  }
}

/**
 * Waits until the map has drawn the project's data and gone idle, and the rest of the project
 * (the full list of places, read after the map's first paint) is loaded too.
 */
export async function waitForMapIdle(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    () => document.body.dataset.mapIdle === 'true' && document.body.dataset.projectLoaded === 'true',
    undefined,
    { timeout },
  );
}

export interface SampleSession {
  project: string;
  serve: ServeProcess;
  browser: Browser;
  page: Page;
  /** Every URL the page requested. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * The e2e starting point: a fresh copy of the sample project in `dir`, served by the real
 * `itinera serve`, open in Debian's Chromium (with the e2e hooks) and drawn (map idle).
 * `prepare` runs against the server before the page opens (to add data through the API).
 */
export async function openSampleInChromium(
  dir: string,
  options: {
    pageOptions?: BrowserContextOptions;
    prepare?: (serve: ServeProcess) => Promise<void>;
    onPage?: (page: Page) => void;
    /** The server's environment (ITINERA_DATA_DIR: a data folder of the test's own). */
    env?: NodeJS.ProcessEnv;
  } = {},
): Promise<SampleSession> {
  const project = path.join(dir, 'sample.gpkg');
  const written = itinera(['sample', project]);
  if (written.status !== 0) throw new Error(`itinera sample failed: ${written.stderr}`);
  const serve = await startServe(['--project', project], options.env);
  await options.prepare?.(serve);
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, ...options.pageOptions });
  const requests = recordRequests(page);
  options.onPage?.(page);
  await page.goto(`${serve.url}&e2e=1`);
  await waitForMapIdle(page);
  return {
    project,
    serve,
    browser,
    page,
    requests,
    async close() {
      await browser.close();
      await serve.stop();
    },
  };
}

export type Rgb = readonly [number, number, number];

/**
 * The map canvas as pixels: the share of pixels within ±`tolerance` of each colour, and the
 * variance of their brightness (flat colour against shading). Needs `preserveDrawingBuffer`
 * (the e2e build has it).
 */
export async function mapCanvasStats(
  page: Page,
  colours: Record<string, Rgb>,
  tolerance: number,
): Promise<{ shares: Record<string, number>; variance: number }> {
  return page.evaluate(
    ({ wanted, tolerance }) => {
      const { map } = (window as unknown as { __itinera: { map: { getCanvas(): HTMLCanvasElement } } }).__itinera;
      const source = map.getCanvas();
      const canvas = document.createElement('canvas');
      canvas.width = source.width;
      canvas.height = source.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(source, 0, 0);
      const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
      const counts: Record<string, number> = Object.fromEntries(Object.keys(wanted).map((name) => [name, 0]));
      let sum = 0;
      let squares = 0;
      for (let index = 0; index < pixels.length; index += 4) {
        const [r, g, b] = [pixels[index]!, pixels[index + 1]!, pixels[index + 2]!];
        const brightness = 0.299 * r + 0.587 * g + 0.114 * b;
        sum += brightness;
        squares += brightness * brightness;
        for (const [name, [wr, wg, wb]] of Object.entries(wanted))
          if (Math.abs(r - wr) <= tolerance && Math.abs(g - wg) <= tolerance && Math.abs(b - wb) <= tolerance)
            counts[name]!++;
      }
      const total = pixels.length / 4;
      const mean = sum / total;
      return {
        shares: Object.fromEntries(Object.entries(counts).map(([name, count]) => [name, count / total])),
        variance: squares / total - mean * mean,
      };
    },
    { wanted: colours, tolerance },
  );
}
