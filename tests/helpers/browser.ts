import { chromium, type Browser, type Page } from 'playwright-core';

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

/** Waits until the map has drawn the project's data and gone idle. */
export async function waitForMapIdle(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForFunction(() => document.body.dataset.mapIdle === 'true', undefined, { timeout });
}
