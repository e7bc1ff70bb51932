import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../electron/serve/http-server.js';
import { CHANNELS } from '../../shared/api/contract.js';
import { ROOT, startServe, type ServeProcess } from '../helpers/cli.js';
import { newProject } from '../helpers/project.js';
import { tempDir } from '../helpers/temp-dir.js';

// Raw HTTP (not fetch) so the tests can send any Host header and malformed paths as-is.
function request(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers },
      (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body, headers: response.headers }));
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

describe('serve mode HTTP transport', () => {
  const { host } = newProject();
  const staticDir = path.join(tempDir(), 'app');
  fs.mkdirSync(staticDir);
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Itinera</title>');
  fs.writeFileSync(path.join(path.dirname(staticDir), 'secret.txt'), 'outside the app');
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ dispatch: host.dispatch, staticDir });
  });
  afterAll(() => server.close());

  const hostHeader = () => `127.0.0.1:${server.port}`;
  const api = (channel: string, body: unknown, headers: Record<string, string> = {}) =>
    request(server.port, {
      method: 'POST',
      path: `/api/${channel}`,
      headers: { host: hostHeader(), 'content-type': 'application/json', 'x-itinera-token': server.token, ...headers },
      body: JSON.stringify(body),
    });

  it('prints a loopback URL with a long random token', () => {
    expect(server.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/\\?token=[\\w-]{32}$`));
  });

  it('answers API calls that carry the token', async () => {
    const created = await api(CHANNELS.createPlace, {
      name: 'Atelier',
      category: 'studio-building',
      longitude: 2.35,
      latitude: 48.85,
    });
    expect(created.status).toBe(200);
    expect(JSON.parse(created.body)).toMatchObject({ ok: true, value: { id: 1, name: 'Atelier' } });
  });

  it('refuses API calls without the token, or with a wrong one, and writes nothing', async () => {
    for (const headers of [{ 'x-itinera-token': '' }, { 'x-itinera-token': 'x'.repeat(32) }]) {
      const refused = await api(
        CHANNELS.createPlace,
        { name: 'Intruder', category: 'museum', longitude: 0, latitude: 0 },
        headers,
      );
      expect(refused.status).toBe(401);
      expect(JSON.parse(refused.body).error.message).toMatch(/token/);
    }
    const list = JSON.parse((await api(CHANNELS.listPlaces, {})).body);
    expect(list.value.map((place: { name: string }) => place.name)).toEqual(['Atelier']);
  });

  it('refuses another Host (DNS rebinding) and another Origin (cross-site)', async () => {
    const rebinding = await api(CHANNELS.listPlaces, {}, { host: `evil.example:${server.port}` });
    expect(rebinding.status).toBe(421);
    const crossSite = await api(CHANNELS.listPlaces, {}, { origin: 'http://evil.example' });
    expect(crossSite.status).toBe(403);
    const sameOrigin = await api(CHANNELS.listPlaces, {}, { origin: `http://127.0.0.1:${server.port}` });
    expect(sameOrigin.status).toBe(200);
  });

  it('maps validation errors to 400 with the field, and bad JSON to a clear message', async () => {
    const invalid = await api(CHANNELS.createPlace, { name: 'X', category: 'museum', longitude: 500, latitude: 0 });
    expect(invalid.status).toBe(400);
    expect(JSON.parse(invalid.body).error).toMatchObject({ code: 'invalid-input', field: 'longitude' });
    const broken = await request(server.port, {
      method: 'POST',
      path: `/api/${CHANNELS.listPlaces}`,
      headers: { host: hostHeader(), 'content-type': 'application/json', 'x-itinera-token': server.token },
      body: '{"unterminated": ',
    });
    expect(broken.status).toBe(400);
    expect(JSON.parse(broken.body).error.message).toMatch(/not valid JSON/);
    const unknown = await api('places:all:drop', {});
    expect(unknown.status).toBe(404);
  });

  it('serves the app files but nothing outside them (path traversal)', async () => {
    const index = await request(server.port, { path: '/', headers: { host: hostHeader() } });
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toContain("default-src 'self'");
    for (const attempt of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/%2e%2e%2fsecret.txt',
      '/..%5csecret.txt',
      '/%00index.html',
      '/%E0%A4%A',
    ]) {
      const response = await request(server.port, { path: attempt, headers: { host: hostHeader() } });
      expect(response.status, attempt).toBe(404);
      expect(response.body).not.toContain('outside the app');
    }
  });

  it('listens on the loopback interface only', async () => {
    const external = Object.values(os.networkInterfaces())
      .flat()
      .find((address) => address && address.family === 'IPv4' && !address.internal);
    if (!external) return; // no non-loopback interface on this machine: nothing else to reach
    await expect(
      new Promise((resolve, reject) => {
        const req = http.request({ host: external.address, port: server.port, path: '/', timeout: 2000 }, resolve);
        req.on('error', reject);
        req.on('timeout', () => req.destroy(new Error('timeout')));
        req.end();
      }),
    ).rejects.toThrow();
  });
});

describe('itinera serve (the real command)', () => {
  let serve: ServeProcess;
  const dataDir = tempDir();
  beforeAll(async () => {
    serve = await startServe([], { ITINERA_DATA_DIR: dataDir });
  });
  afterAll(() => serve?.stop());

  it('without --project serves the user copy of the sample, copied once from the shipped one', async () => {
    const shipped = path.join(ROOT, 'dist', 'sample', 'krems-old-town-sample.gpkg');
    const shippedBefore = fs.readFileSync(shipped);
    const copy = path.join(dataDir, 'projects', 'krems-old-town-sample.gpkg');
    expect(fs.existsSync(copy)).toBe(true);
    const response = await fetch(`${serve.origin}/api/${CHANNELS.getProject}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-itinera-token': serve.token },
      body: '{}',
    });
    const envelope = (await response.json()) as {
      value: { name: string; isSample: boolean; counts: { places: number } };
    };
    expect(envelope.value).toMatchObject({
      name: 'Krems old town (sample project)',
      isSample: true,
      counts: { places: 21 },
    });
    const created = await fetch(`${serve.origin}/api/${CHANNELS.createPlace}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-itinera-token': serve.token },
      body: JSON.stringify({ name: 'Edited in the copy', category: 'gallery', longitude: 15.6, latitude: 48.41 }),
    });
    expect(created.status).toBe(200);
    expect(fs.readFileSync(shipped).equals(shippedBefore), 'the shipped sample is never modified').toBe(true);
    expect(fs.readFileSync(copy).equals(shippedBefore), 'the edit went to the user copy').toBe(false);
  });
});

describe('opening the app window', () => {
  it('opens a window only where there is a display', async () => {
    const { hasDisplay } = await import('../../electron/serve/open-browser.js');
    expect(hasDisplay({}, 'linux')).toBe(false);
    expect(hasDisplay({ DISPLAY: ':0' }, 'linux')).toBe(true);
    expect(hasDisplay({ WAYLAND_DISPLAY: 'wayland-0' }, 'linux')).toBe(true);
    expect(hasDisplay({}, 'darwin')).toBe(true);
    expect(hasDisplay({}, 'win32')).toBe(true);
  });
});

describe('serve mode basemap tiles', () => {
  const staticDir = path.join(tempDir(), 'app');
  fs.mkdirSync(staticDir);
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({
      dispatch: newProject().host.dispatch,
      staticDir,
      readTile: (z, x, y) => (z === 14 && x === 8 && y === 5 ? Buffer.from('MVT') : null),
    });
  });
  afterAll(() => server.close());
  const get = (tilePath: string, headers: Record<string, string> = {}) =>
    request(server.port, {
      path: tilePath,
      headers: { host: `127.0.0.1:${server.port}`, 'x-itinera-token': server.token, ...headers },
    });

  it('serves a stored tile with its content type, 204 where there is none, 404 for what is no tile address', async () => {
    const tile = await get('/tiles/14/8/5');
    expect(tile.status).toBe(200);
    expect(tile.headers['content-type']).toBe('application/vnd.mapbox-vector-tile');
    expect(tile.body).toBe('MVT');
    expect((await get('/tiles/14/8/6')).status).toBe(204);
    expect((await get('/tiles/14/8/5.pbf')).status).toBe(404);
    expect((await get('/tiles/14/8/5', { 'x-itinera-token': 'wrong' })).status).toBe(401);
  });
});
