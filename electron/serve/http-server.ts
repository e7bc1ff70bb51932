import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Dispatch } from '../services/core/dispatch.js';
import type { ChangeFeed } from '../services/core/change-feed.js';
import { CHANGES_HEADER, CHANGES_ROUTE } from '../../shared/api/changes.js';
import { PROJECT_DOWNLOAD_ROUTE } from '../../shared/api/projects.js';
import { serveMessages as m } from '../../shared/i18n/messages/serve.js';
import { contentTypeFor } from '../services/core/content-types.js';
import { handleProjectDownload, type DownloadProject } from './download-route.js';
import {
  callerLocale,
  COMMON_HEADERS,
  send,
  sendError,
  STATUS_BY_CODE,
  TOKEN_HEADER,
  tokensMatch,
} from './http-answers.js';
import {
  ATTACHMENT_ROUTE_PREFIX,
  attachmentHeaders,
  parseAttachmentPath,
  type ReadAttachment,
} from '../services/attachments/attachment-route.js';
import { answerTileRequest, TILE_ROUTE_PREFIX, type ReadFileTile } from '../services/basemaps/basemap-tile-route.js';

// Serve mode: the same API as the desktop app, over HTTP on 127.0.0.1 only, for the app in a
// browser and for tests. Every API call needs the per-launch token; the Host and Origin headers
// must name this server (defeats DNS rebinding and cross-site requests). The backend's change
// events (live lists) stream at GET /events under the same checks (Server-Sent Events); the open
// project downloads as a file at GET /project/download (download-route.ts), token-checked too.

export { LOCALE_HEADER, TOKEN_HEADER } from './http-answers.js';

const LOOPBACK = '127.0.0.1';
// Imports travel as base64 in the body (see MAX_IMPORT_BASE64_CHARACTERS).
const MAX_BODY_BYTES = 400 * 1024 * 1024;
/** A comment line on an idle event stream, so proxies and idle timeouts leave it open. */
const KEEP_ALIVE_MILLISECONDS = 15_000;
/** An event stream whose reader stopped reading is closed once this much waits unsent. */
const MAX_UNSENT_EVENT_BYTES = 1024 * 1024;

export interface ServeOptions {
  dispatch: Dispatch;
  /** Folder with the built renderer (index.html and assets). */
  staticDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Fixed token for tests; a random one otherwise. */
  token?: string;
  /** Attachment bytes of the open project (`GET /attachments/<id>[/thumbnail]`, token-checked). */
  readAttachment?: ReadAttachment;
  /** The open project's basemap tiles (served at /tiles/{z}/{x}/{y}); none when left out. */
  readTile?: (z: number, x: number, y: number) => Buffer | null;
  /** Tiles of the basemap files added to the open project (/tiles/files/{id}/{z}/{x}/{y}). */
  readFileTile?: ReadFileTile;
  /** A consistent copy of the open project for GET /project/download, removed once sent; throws an ApiError when there is none. */
  downloadProject?: DownloadProject;
  /** The backend's change events (GET /events, and the latest one's number in API answers). */
  changes?: Pick<ChangeFeed, 'seq' | 'subscribe'>;
  /** Where errors inside a handler are written (standard error by default). */
  log?: (error: unknown) => void;
}

export interface RunningServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

class BodyTooLargeError extends Error {}

/** Refuses a body over the limit (status 413) and closes the connection instead of reading on. */
function sendTooLarge(request: http.IncomingMessage, response: http.ServerResponse): void {
  response.setHeader('connection', 'close');
  sendError(request, response, 413, 'invalid-input', m.bodyTooLarge, { bytes: MAX_BODY_BYTES });
  response.once('finish', () => request.destroy());
}

function readBody(request: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new BodyTooLargeError());
        request.pause();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
    // A client that goes away mid-body: settle (a no-op after 'end') instead of waiting forever.
    request.on('close', () => reject(new Error('The request was cut off before its end.')));
  });
}

/** The request's URL, or null when it cannot be parsed (an attacker's request line). */
function parseRequestUrl(raw: string | undefined): URL | null {
  try {
    return new URL(raw ?? '/', 'http://placeholder');
  } catch {
    return null;
  }
}

/** A percent-decoded path part, or null for a malformed escape such as `%` or `%zz`. */
function decodePathPart(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

/** Resolves a URL path inside `root`, or null when it would leave it. */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  const decoded = decodePathPart(urlPath);
  if (decoded === null || decoded.includes('\0')) return null;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const resolved = path.resolve(root, relative);
  const rootWithSeparator = path.resolve(root) + path.sep;
  return resolved.startsWith(rootWithSeparator) ? resolved : null;
}

export function startServer(options: ServeOptions): Promise<RunningServer> {
  const token = options.token ?? crypto.randomBytes(24).toString('base64url');
  const staticRoot = path.resolve(options.staticDir);
  const log = options.log ?? ((error: unknown) => console.error('itinera serve:', error));
  let allowedHosts = new Set<string>();
  let allowedOrigins = new Set<string>();

  async function handleApi(request: http.IncomingMessage, response: http.ServerResponse, channel: string) {
    if (request.method !== 'POST') return sendError(request, response, 405, 'invalid-input', m.usePost);
    if (!tokensMatch(token, request.headers[TOKEN_HEADER] as string | undefined)) {
      return sendError(request, response, 401, 'invalid-input', m.badToken);
    }
    const contentType = request.headers['content-type'] ?? '';
    if (!contentType.startsWith('application/json')) {
      return sendError(request, response, 415, 'invalid-input', m.notJson);
    }
    // NOTE: refuse what is announced as too large before reading a byte of it.
    if (Number(request.headers['content-length'] ?? 0) > MAX_BODY_BYTES) return sendTooLarge(request, response);
    let payload: unknown;
    try {
      const body = await readBody(request);
      payload = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
    } catch (error) {
      if (error instanceof BodyTooLargeError) return sendTooLarge(request, response);
      return sendError(request, response, 400, 'invalid-input', m.bodyNotJson, { detail: (error as Error).message });
    }
    const envelope = await options.dispatch(channel, payload, callerLocale(request));
    const status = envelope.ok ? 200 : (STATUS_BY_CODE[envelope.error.code] ?? 500);
    // The latest change event by now (this call's writes included): the page waits for it on its stream.
    const changes: Record<string, string> = options.changes ? { [CHANGES_HEADER]: String(options.changes.seq()) } : {};
    send(response, status, JSON.stringify(envelope), 'application/json; charset=utf-8', changes);
  }

  /**
   * GET /events: the change events as Server-Sent Events, first a `hello` naming the latest one
   * (where this stream starts), then one `change` per event, and a comment line now and then.
   * The reader (renderer/src/api/change-stream.ts) sends the token in the header, so it reads the
   * stream with fetch (EventSource cannot send headers).
   */
  function handleEvents(request: http.IncomingMessage, response: http.ServerResponse) {
    if (request.method !== 'GET') return sendError(request, response, 405, 'invalid-input', m.onlyGet);
    if (!tokensMatch(token, request.headers[TOKEN_HEADER] as string | undefined)) {
      return sendError(request, response, 401, 'invalid-input', m.badToken);
    }
    const changes = options.changes;
    if (!changes) return sendError(request, response, 404, 'not-found', m.notFound);
    response.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', ...COMMON_HEADERS });
    const write = (text: string) => {
      if (response.destroyed || response.writableEnded) return;
      // NOTE: a reader that stopped reading is let go rather than buffered for without end.
      if (response.writableLength > MAX_UNSENT_EVENT_BYTES) return response.destroy();
      response.write(text);
    };
    write(`event: hello\ndata: ${JSON.stringify({ seq: changes.seq() })}\n\n`);
    const unsubscribe = changes.subscribe((event) => {
      write(`event: change\nid: ${event.seq}\ndata: ${JSON.stringify(event)}\n\n`);
    });
    const keepAlive = setInterval(() => write(': keep-alive\n\n'), KEEP_ALIVE_MILLISECONDS);
    // The reader went away (or the server closes): stop sending; a write error ends in 'close' too.
    response.on('error', () => undefined);
    response.on('close', () => {
      clearInterval(keepAlive);
      unsubscribe();
    });
  }

  function handleAttachment(request: http.IncomingMessage, response: http.ServerResponse, urlPath: string) {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return sendError(request, response, 405, 'invalid-input', m.onlyGet);
    }
    // NOTE: the same header as API calls: an <img> on another page cannot send it, and the
    // address alone (history, logs) never opens a file.
    if (!tokensMatch(token, request.headers[TOKEN_HEADER] as string | undefined)) {
      return sendError(request, response, 401, 'invalid-input', m.badToken);
    }
    const wanted = parseAttachmentPath(urlPath);
    let file;
    try {
      file = wanted && options.readAttachment?.(wanted);
    } catch {
      // No project open (the host throws): nothing to serve.
      file = undefined;
    }
    if (!file) return sendError(request, response, 404, 'not-found', m.noAttachment);
    response.writeHead(200, attachmentHeaders(file));
    response.end(request.method === 'HEAD' ? undefined : file.bytes);
  }

  function handleStatic(request: http.IncomingMessage, response: http.ServerResponse, urlPath: string) {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return sendError(request, response, 405, 'invalid-input', m.onlyGet);
    }
    const file = resolveStaticPath(staticRoot, urlPath);
    if (!file) return sendError(request, response, 404, 'not-found', m.notFound);
    fs.readFile(file, (error, data) => {
      try {
        answerStatic(error, data);
      } catch (failure) {
        failed(request, response, failure);
      }
    });
    function answerStatic(error: NodeJS.ErrnoException | null, data: Buffer): void {
      if (error) {
        const missingApp = urlPath === '/' || urlPath === '/index.html';
        return missingApp
          ? sendError(request, response, 404, 'not-found', m.appNotBuilt, { folder: staticRoot })
          : sendError(request, response, 404, 'not-found', m.notFound);
      }
      send(response, 200, data, contentTypeFor(file!));
    }
  }

  // Basemap tiles are project data: the same token as the API (MapLibre sends it with transformRequest).
  function handleTile(request: http.IncomingMessage, response: http.ServerResponse, urlPath: string) {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return sendError(request, response, 405, 'invalid-input', m.onlyGet);
    }
    if (!tokensMatch(token, request.headers[TOKEN_HEADER] as string | undefined)) {
      return sendError(request, response, 401, 'invalid-input', m.badToken);
    }
    const answer = answerTileRequest(options.readTile ?? (() => null), urlPath, options.readFileTile);
    if (answer.status === 404) return sendError(request, response, 404, 'not-found', m.notTile);
    if (answer.status === 204 || !answer.body) {
      response.writeHead(204, { ...answer.headers, 'cross-origin-resource-policy': 'same-origin' });
      return response.end();
    }
    send(response, 200, request.method === 'HEAD' ? Buffer.alloc(0) : answer.body, answer.headers['content-type']!);
  }

  function route(request: http.IncomingMessage, response: http.ServerResponse): void {
    // Host must be this server: a page on another name that resolves to 127.0.0.1 gets nothing.
    if (!allowedHosts.has(request.headers.host ?? '')) {
      return sendError(request, response, 421, 'invalid-input', m.wrongHost);
    }
    const origin = request.headers.origin;
    if (origin !== undefined && !allowedOrigins.has(origin)) {
      return sendError(request, response, 403, 'invalid-input', m.otherOrigin);
    }
    const url = parseRequestUrl(request.url);
    if (!url) return sendError(request, response, 400, 'invalid-input', m.badAddress);
    if (url.pathname.startsWith('/api/')) {
      const channel = decodePathPart(url.pathname.slice('/api/'.length));
      if (channel === null) return sendError(request, response, 400, 'invalid-input', m.badAddress);
      handleApi(request, response, channel).catch((error: unknown) => failed(request, response, error));
      return;
    }
    if (url.pathname === CHANGES_ROUTE) return handleEvents(request, response);
    if (url.pathname === PROJECT_DOWNLOAD_ROUTE) {
      const { downloadProject } = options;
      const failedHere = (error: unknown) => failed(request, response, error);
      return handleProjectDownload(request, response, {
        token,
        ...(downloadProject ? { downloadProject } : {}),
        failed: failedHere,
      });
    }
    if (url.pathname.startsWith(ATTACHMENT_ROUTE_PREFIX)) return handleAttachment(request, response, url.pathname);
    if (url.pathname.startsWith(TILE_ROUTE_PREFIX) || url.pathname === '/tiles') {
      handleTile(request, response, url.pathname);
      return;
    }
    handleStatic(request, response, url.pathname);
  }

  /** Any error inside a handler: a 500 answer (or a closed connection once headers went out), and a log line; never an exit. */
  function failed(request: http.IncomingMessage, response: http.ServerResponse, error: unknown): void {
    log(error);
    if (response.headersSent) {
      response.destroy();
      return;
    }
    try {
      sendError(request, response, 500, 'internal', m.failed);
    } catch {
      response.destroy();
    }
  }

  const server = http.createServer((request, response) => {
    try {
      route(request, response);
    } catch (error) {
      failed(request, response, error);
    }
  });
  // A request Node's parser refuses (bad request line, header overflow): 400, and the socket closes.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
    else socket.destroy();
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host: LOOPBACK, port: options.port ?? 0 }, () => {
      const { port } = server.address() as AddressInfo;
      allowedHosts = new Set([`${LOOPBACK}:${port}`, `localhost:${port}`]);
      allowedOrigins = new Set([`http://${LOOPBACK}:${port}`, `http://localhost:${port}`]);
      const base = `http://${LOOPBACK}:${port}`;
      resolve({
        url: `${base}/?token=${token}`,
        port,
        token,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
