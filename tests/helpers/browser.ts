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
  } = {},
): Promise<SampleSession> {
  const project = path.join(dir, 'sample.gpkg');
  const written = itinera(['sample', project]);
  if (written.status !== 0) throw new Error(`itinera sample failed: ${written.stderr}`);
  const serve = await startServe(['--project', project]);
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
