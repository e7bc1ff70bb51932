import fs from 'node:fs/promises';
import path from 'node:path';
import type { Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/content-security-policy.js';
import { contentTypeFor } from '../services/core/content-types.js';
import {
  ATTACHMENT_ROUTE_PREFIX,
  attachmentHeaders,
  parseAttachmentPath,
  type ReadAttachment,
} from '../services/attachments/attachment-route.js';
import { answerTileRequest, TILE_ROUTE_PREFIX, type ReadFileTile } from '../services/basemaps/basemap-tile-route.js';

export { CONTENT_SECURITY_POLICY };

// The renderer is served from app://itinera/ rather than file://: a standard, secure origin of its
// own, so 'self' in the CSP means exactly the app's files, fetch() works, and nothing else on disk
// is reachable from the page.

export const APP_SCHEME = 'app';
export const APP_HOST = 'itinera';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Whether a URL belongs to the app's own origin (parsed, so `app://itinera.evil/` does not count). */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/** Must run before the app's `ready` event: Chromium fixes scheme privileges at startup. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

function isInside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/**
 * The file under `rendererDir` an app:// URL names, or null when the URL is not the app's origin
 * or its path leaves the folder in any spelling (`..`, `%2e%2e`, `..%2f`, `..%5c`, absolute).
 */
export function resolveAppFile(rendererDir: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  // NOTE: decoding can reveal separators and NUL bytes the URL parser never saw as such.
  if (pathname.includes('\0')) return null;
  if (pathname === '/' || pathname === '') pathname = '/index.html';
  const root = path.resolve(rendererDir);
  const file = path.resolve(root, `.${pathname.replace(/\\/g, '/')}`);
  return isInside(root, file) ? file : null;
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

/**
 * `app://itinera/attachments/<id>[/thumbnail]`: the open project's attachment bytes, with the same
 * headers and strict id parsing as serve mode. No token here: only the app's own page (its origin
 * is app://itinera; navigation elsewhere and new windows are denied) can request this scheme.
 */
function serveAttachment(url: string, method: string, readAttachment: ReadAttachment | undefined): Response | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  if (!parsed.pathname.startsWith(ATTACHMENT_ROUTE_PREFIX)) return null;
  const wanted = parseAttachmentPath(parsed.pathname);
  let file;
  try {
    file = wanted && readAttachment?.(wanted);
  } catch {
    file = undefined;
  }
  if (!file) return notFound();
  return new Response(method === 'HEAD' ? null : new Uint8Array(file.bytes), {
    status: 200,
    headers: attachmentHeaders(file),
  });
}

/** A basemap tile request (app://itinera/tiles/{z}/{x}/{y}), answered from the open project. */
function tileResponse(
  url: string,
  method: string,
  readTile: (z: number, x: number, y: number) => Buffer | null,
  readFileTile: ReadFileTile | undefined,
): Response | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  if (!parsed.pathname.startsWith(TILE_ROUTE_PREFIX) && parsed.pathname !== '/tiles') return null;
  const answer = answerTileRequest(readTile, parsed.pathname, readFileTile);
  if (answer.status === 404) return notFound();
  const body = answer.status === 200 && method !== 'HEAD' ? new Uint8Array(answer.body!) : null;
  return new Response(body, { status: answer.status, headers: answer.headers });
}

/**
 * The `protocol.handle('app', …)` handler: serves files from `rendererDir`, the project's
 * attachments and, when `readTile` is given, its basemap tiles under /tiles/; nothing else.
 */
export function createAppRequestHandler(
  rendererDir: string,
  readAttachment?: ReadAttachment,
  readTile?: (z: number, x: number, y: number) => Buffer | null,
  readFileTile?: ReadFileTile,
) {
  return async (request: Pick<Request, 'url' | 'method'>): Promise<Response> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Method not allowed', { status: 405 });
    }
    try {
      const attachment = serveAttachment(request.url, request.method, readAttachment);
      if (attachment) return attachment;
      const tile = readTile ? tileResponse(request.url, request.method, readTile, readFileTile) : null;
      if (tile) return tile;
    } catch (error) {
      // A stored value that cannot be served (a broken or oversized tile): an error answer, logged.
      console.error('itinera app protocol:', error);
      return new Response('Internal error', { status: 500, headers: { 'content-type': 'text/plain; charset=utf-8' } });
    }
    const file = resolveAppFile(rendererDir, request.url);
    if (!file) return notFound();
    try {
      // NOTE: a symlink inside the folder could point outside it; compare real paths as well.
      const [realRoot, realFile] = await Promise.all([fs.realpath(rendererDir), fs.realpath(file)]);
      if (!isInside(realRoot, realFile)) return notFound();
      const body = await fs.readFile(realFile);
      return new Response(request.method === 'HEAD' ? null : body, {
        status: 200,
        headers: {
          'content-type': contentTypeFor(realFile),
          'content-security-policy': CONTENT_SECURITY_POLICY,
          'x-content-type-options': 'nosniff',
        },
      });
    } catch {
      // Missing files and folders both end here.
      return notFound();
    }
  };
}

/** Installs the handler; call once the app is ready. */
export function handleAppProtocol(
  protocol: Pick<Protocol, 'handle'>,
  rendererDir: string,
  readAttachment?: ReadAttachment,
  readTile?: (z: number, x: number, y: number) => Buffer | null,
  readFileTile?: ReadFileTile,
): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(rendererDir, readAttachment, readTile, readFileTile));
}
