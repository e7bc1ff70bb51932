import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../shared/api/channels.js';
import { itinera, startServe, type ServeProcess } from '../../helpers/cli.js';
import { tempDir } from '../../helpers/temp-dir.js';

// The real `itinera serve` process as an attacker on the same machine sees it: a web page in the
// user's browser (other Origin, or another Host name that resolves to 127.0.0.1: DNS rebinding),
// or a program that does not know the per-launch token.

/**
 * Every route that answers with a file. NOTE: a new file route (tiles, attachments: issue #3 and
 * later) must be added here, so the traversal attempts below run against it too.
 */
const FILE_ROUTES: {
  name: string;
  url: (relative: string) => string;
  existing: string;
  needsToken?: boolean;
  /** What the existing address answers (this project has no basemap: a valid tile address is 204, empty). */
  existingStatus?: number;
}[] = [
  { name: 'app files', url: (relative) => `/${relative}`, existing: 'index.html' },
  // The traversal attempts carry the token here, so they reach the id parsing (not just the 401).
  { name: 'attachments', url: (relative) => `/attachments/${relative}`, existing: '1', needsToken: true },
  // Basemap tiles (issue #4), likewise with the token: the strict z/x/y parsing is what refuses.
  { name: 'tiles', url: (relative) => `/tiles/${relative}`, existing: '0/0/0', needsToken: true, existingStatus: 204 },
  // Tiles of added basemap files: /tiles/files/{id}/{z}/{x}/{y} (no file 1 here: 204, empty).
  {
    name: 'basemap file tiles',
    url: (relative) => `/tiles/files/${relative}`,
    existing: '1/0/0/0',
    needsToken: true,
    existingStatus: 204,
  },
  // The open project as a file (issue #14): one address, with the token; anything beside it is no file of its.
  {
    name: 'project download',
    url: (relative) => `/project/${relative}`,
    existing: 'download',
    needsToken: true,
  },
];

/** Ways to spell "the folder above", each aimed at the repository's package.json (outside dist/renderer). */
const TRAVERSALS = [
  '../../package.json',
  '..%2f..%2fpackage.json',
  '%2e%2e/%2e%2e/package.json',
  '%2e%2e%2f%2e%2e%2fpackage.json',
  '..%5c..%5cpackage.json',
  '....//....//package.json',
  '%252e%252e%252f%252e%252e%252fpackage.json',
  '..%c0%af..%c0%afpackage.json',
  `${encodeURIComponent(path.resolve('package.json'))}`,
  '/etc/passwd',
  '%2fetc%2fpasswd',
  'index.html%00.png',
];

const PHOTO = fs.readFileSync(path.join(import.meta.dirname, '..', '..', 'fixtures', 'attachments', 'photo.jpg'));

/** A GET whose body is kept as bytes (attachments are binary). */
function rawBytes(
  port: number,
  urlPath: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: Buffer; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const request = http.get(
      { host: '127.0.0.1', port, path: urlPath, headers: { host: `127.0.0.1:${port}`, ...headers } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks), headers: response.headers }),
        );
      },
    );
    request.on('error', reject);
  });
}

interface RawAnswer {
  status: number;
  body: string;
}

/** Raw HTTP, so Host, Origin and paths go out exactly as written. */
function raw(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string | number>; body?: string; host?: string },
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: options.host ?? '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: { host: `127.0.0.1:${port}`, ...options.headers },
        // The path must reach the server as written (no normalisation by the client).
        insecureHTTPParser: true,
      },
      (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      },
    );
    request.on('error', reject);
    if (options.body !== undefined) request.write(options.body);
    request.end();
  });
}

describe('itinera serve (the real process) refuses what a hostile page or program sends', () => {
  const project = path.join(tempDir('itinera-security-'), 'quarter.gpkg');
  let serve: ServeProcess;
  let port: number;
  const intruder = { name: 'Intruder', category: 'museum', longitude: 15.6, latitude: 48.41 };
  const api = (channel: string, body: unknown, headers: Record<string, string | number> = {}, url = '') =>
    raw(port, {
      method: 'POST',
      path: `/api/${channel}${url}`,
      headers: { 'content-type': 'application/json', 'x-itinera-token': serve.token, ...headers },
      body: JSON.stringify(body),
    });
  const names = async () =>
    (JSON.parse((await api(CHANNELS.listPlaces, {})).body).value as { name: string }[]).map((place) => place.name);

  beforeAll(async () => {
    expect(itinera(['new', project]).status).toBe(0);
    serve = await startServe(['--project', project]);
    port = Number(new URL(serve.origin).port);
  });
  afterAll(() => serve?.stop());

  it('answers a call with the token, Host and no foreign Origin (the tests below can fail)', async () => {
    const answer = await api(CHANNELS.createPlace, { ...intruder, name: 'Allowed' }, { origin: serve.origin });
    expect(answer.status).toBe(200);
    expect(await names()).toEqual(['Allowed']);
  });

  it('refuses calls without the token, with a wrong one, or with it only in the query string', async () => {
    const cases: [string, Record<string, string>, string][] = [
      ['no token', { 'x-itinera-token': '' }, ''],
      ['wrong token', { 'x-itinera-token': `${serve.token.slice(0, -1)}x` }, ''],
      ['longer token', { 'x-itinera-token': `${serve.token}x` }, ''],
      ['token in the query string only', { 'x-itinera-token': '' }, `?token=${serve.token}`],
      ['token as a cookie only', { 'x-itinera-token': '', cookie: `token=${serve.token}` }, ''],
    ];
    for (const [why, headers, query] of cases) {
      const answer = await api(CHANNELS.createPlace, intruder, headers, query);
      expect(answer.status, why).toBe(401);
      expect(JSON.parse(answer.body).error.message, why).toMatch(/token/);
    }
    const withoutHeader = await raw(port, {
      method: 'POST',
      path: `/api/${CHANNELS.createPlace}?token=${serve.token}`,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(intruder),
    });
    expect(withoutHeader.status).toBe(401);
    expect(await names()).toEqual(['Allowed']);
  });

  it('refuses another Host name (DNS rebinding), even with the token', async () => {
    for (const host of [
      `evil.example:${port}`,
      `127.0.0.1.evil.example:${port}`,
      `127.0.0.1:${port + 1}`,
      '127.0.0.1',
      'localhost',
    ]) {
      const answer = await api(CHANNELS.createPlace, intruder, { host });
      expect(answer.status, `Host: ${host}`).toBe(421);
    }
    const page = await raw(port, { path: '/', headers: { host: `evil.example:${port}` } });
    expect(page.status).toBe(421);
    expect(await names()).toEqual(['Allowed']);
  });

  it('refuses other Origins, even with the token', async () => {
    for (const origin of [
      'http://evil.example',
      `http://evil.example:${port}`,
      'null',
      `https://127.0.0.1:${port}`,
      `http://127.0.0.1:${port + 1}`,
    ]) {
      const answer = await api(CHANNELS.createPlace, intruder, { origin });
      expect(answer.status, `Origin: ${origin}`).toBe(403);
    }
    expect(await names()).toEqual(['Allowed']);
  });

  it('refuses wrong methods and non-JSON bodies', async () => {
    expect(
      (await raw(port, { path: `/api/${CHANNELS.listPlaces}`, headers: { 'x-itinera-token': serve.token } })).status,
    ).toBe(405);
    for (const method of ['PUT', 'DELETE', 'PATCH']) {
      expect(
        (await raw(port, { method, path: `/api/${CHANNELS.createPlace}`, headers: { 'x-itinera-token': serve.token } }))
          .status,
        method,
      ).toBe(405);
      expect((await raw(port, { method, path: '/index.html' })).status, method).toBe(405);
    }
    // A form post (what a cross-site <form> can send without preflight) is not JSON.
    const form = await raw(port, {
      method: 'POST',
      path: `/api/${CHANNELS.createPlace}`,
      headers: { 'x-itinera-token': serve.token, 'content-type': 'text/plain' },
      body: JSON.stringify(intruder),
    });
    expect(form.status).toBe(415);
    expect(await names()).toEqual(['Allowed']);
  });

  it('refuses an oversized body without reading it', async () => {
    // A raw socket: announce 2 GiB, send a few bytes, and expect the answer at once.
    const announce = (token: string) =>
      new Promise<string>((resolve, reject) => {
        const socket = net.connect({ host: '127.0.0.1', port }, () => {
          socket.write(
            `POST /api/${CHANNELS.createPlace} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n` +
              `content-type: application/json\r\nx-itinera-token: ${token}\r\ncontent-length: ${2 ** 31}\r\n\r\n{"name":`,
          );
        });
        let answer = '';
        socket.setTimeout(10_000, () => reject(new Error('no answer within 10 s: the server is reading the body')));
        socket.on('data', (chunk: Buffer) => {
          answer += chunk.toString();
          if (answer.includes('\r\n')) {
            socket.destroy();
            resolve(answer.split('\r\n')[0]!);
          }
        });
        socket.on('error', reject);
      });
    expect(await announce(serve.token)).toBe('HTTP/1.1 413 Payload Too Large');
    expect(await announce('')).toBe('HTTP/1.1 401 Unauthorized');
    expect(await names()).toEqual(['Allowed']);
  });

  for (const route of FILE_ROUTES) {
    it(`serves nothing outside its folder from ${route.name}, in any spelling of ".."`, async () => {
      const headers: Record<string, string> = route.needsToken ? { 'x-itinera-token': serve.token } : {};
      if (route.name === 'attachments') await attachPhoto();
      expect((await raw(port, { path: route.url(route.existing), headers })).status).toBe(route.existingStatus ?? 200);
      for (const traversal of TRAVERSALS) {
        const answer = await raw(port, { path: route.url(traversal), headers });
        expect(answer.status, traversal).toBeGreaterThanOrEqual(400);
        expect(answer.body, traversal).not.toMatch(/"name": "itinera"|root:x:0:0/);
      }
    });
  }

  async function attachPhoto(): Promise<number> {
    const places = JSON.parse((await api(CHANNELS.listPlaces, {})).body).value as { id: number }[];
    const answer = await api(CHANNELS.addAttachment, {
      featureType: 'place',
      featureId: places[0]!.id,
      fileName: 'photo.jpg',
      contentBase64: PHOTO.toString('base64'),
    });
    expect(answer.status).toBe(200);
    return (JSON.parse(answer.body).value as { id: number }).id;
  }

  it('serves attachment bytes only with the token, by a strict id, as their sniffed type', async () => {
    const id = await attachPhoto();
    const withToken = await rawBytes(port, `/attachments/${id}`, { 'x-itinera-token': serve.token });
    expect(withToken.status).toBe(200);
    expect(withToken.body.equals(PHOTO)).toBe(true);
    expect(withToken.headers['content-type']).toBe('image/jpeg');
    expect(withToken.headers['x-content-type-options']).toBe('nosniff');
    expect(withToken.headers['content-disposition']).toMatch(/^inline; filename="photo\.jpg"/);
    for (const [why, headers] of [
      ['no token', {}],
      ['wrong token', { 'x-itinera-token': `${serve.token.slice(0, -1)}x` }],
      ['token as a cookie only', { cookie: `token=${serve.token}` }],
    ] as [string, Record<string, string>][]) {
      const answer = await raw(port, { path: `/attachments/${id}`, headers });
      expect(answer.status, why).toBe(401);
      expect(answer.body, why).not.toContain('JFIF');
    }
    expect((await raw(port, { path: `/attachments/${id}?token=${serve.token}` })).status).toBe(401);
    const other = await raw(port, {
      path: `/attachments/${id}`,
      headers: { 'x-itinera-token': serve.token, origin: 'http://evil.example' },
    });
    expect(other.status).toBe(403);
    for (const junk of [
      '0',
      '01',
      '-1',
      '1.5',
      '1e2',
      '0x1',
      '%31',
      `${id}/original`,
      `${id}/thumbnail/x`,
      '99999999999999999',
      '999999',
      'photo.jpg',
    ]) {
      const answer = await raw(port, { path: `/attachments/${junk}`, headers: { 'x-itinera-token': serve.token } });
      expect(answer.status, junk).toBe(404);
    }
    expect(
      (await raw(port, { method: 'POST', path: `/attachments/${id}`, headers: { 'x-itinera-token': serve.token } }))
        .status,
    ).toBe(405);
  });

  it('serves basemap tiles only with the token, from this origin, by GET, at well-formed addresses', async () => {
    const token = { 'x-itinera-token': serve.token };
    // A valid address in a project without tiles: empty (MapLibre draws nothing), not an error.
    expect((await raw(port, { path: '/tiles/16/35321/22015', headers: token })).status).toBe(204);
    expect((await raw(port, { path: '/tiles/16/35321/22015' })).status).toBe(401);
    expect((await raw(port, { path: '/tiles/16/35321/22015?token=' + serve.token })).status).toBe(401);
    expect(
      (await raw(port, { path: '/tiles/16/35321/22015', headers: { ...token, origin: 'http://evil.example' } })).status,
    ).toBe(403);
    expect(
      (await raw(port, { path: '/tiles/16/35321/22015', headers: { ...token, host: `evil.example:${port}` } })).status,
    ).toBe(421);
    expect((await raw(port, { method: 'POST', path: '/tiles/16/35321/22015', headers: token })).status).toBe(405);
    for (const junk of ['/tiles/16/1/2.pbf', '/tiles/99/0/0', '/tiles/1/5/0', '/tiles/-1/0/0', '/tiles/16/x/y'])
      expect((await raw(port, { path: junk, headers: token })).status, junk).toBe(404);
  });

  it('listens on 127.0.0.1 only', async () => {
    const others = ['127.0.0.2', '::1'];
    for (const addresses of Object.values(os.networkInterfaces()))
      for (const address of addresses ?? []) if (!address.internal) others.push(address.address);
    for (const host of others) {
      const reached = await new Promise<boolean>((resolve) => {
        const socket = net.connect({ host, port, timeout: 2000 });
        socket.once('connect', () => (socket.destroy(), resolve(true)));
        socket.once('error', () => resolve(false));
        socket.once('timeout', () => (socket.destroy(), resolve(false)));
      });
      expect(reached, `reachable on ${host}`).toBe(false);
    }
  });
});
