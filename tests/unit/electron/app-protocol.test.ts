import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppRequestHandler, isAppUrl, resolveAppFile } from '../../../electron/main/app-protocol.js';
import { tempDir } from '../../helpers/temp-dir.js';

// app://itinera/ serves the built renderer and nothing else: no file outside dist/renderer is
// reachable, however the path is spelled.

const root = tempDir('itinera-protocol-');
const renderer = path.join(root, 'dist', 'renderer');
fs.mkdirSync(path.join(renderer, 'assets'), { recursive: true });
fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>Itinera</title>');
fs.writeFileSync(path.join(renderer, 'assets', 'index-abc123.js'), 'console.log("map")');
fs.writeFileSync(path.join(renderer, 'assets', 'style.css'), 'body{}');
const SECRET = 'SECRET-CONTENT-OUTSIDE-RENDERER';
fs.writeFileSync(path.join(root, 'package.json'), SECRET);
fs.writeFileSync(path.join(root, 'dist', 'package.json'), SECRET);
fs.writeFileSync(path.join(root, 'dist', 'renderer-secret.txt'), SECRET);
fs.symlinkSync(path.join(root, 'package.json'), path.join(renderer, 'assets', 'linked.json'));

const handle = createAppRequestHandler(renderer);
const get = (url: string) => handle(new Request(url));

describe('the app:// protocol', () => {
  it('serves index.html with a strict Content-Security-Policy', async () => {
    const response = await get('app://itinera/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await response.text()).toContain('<title>Itinera</title>');
    const policy = response.headers.get('content-security-policy') ?? '';
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
    ]) {
      expect(policy).toContain(directive);
    }
    expect(policy).toMatch(/worker-src [^;]*blob:/);
    // Nothing remote, and no inline or eval'd script.
    expect(policy).not.toMatch(/https?:|\*|'unsafe-eval'/);
    expect(policy.match(/script-src [^;]*/)?.[0]).not.toContain('unsafe-inline');
  });

  it('serves the folder root as index.html and assets with their types', async () => {
    expect(await (await get('app://itinera/')).text()).toContain('<title>Itinera</title>');
    const script = await get('app://itinera/assets/index-abc123.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect((await get('app://itinera/assets/style.css')).headers.get('content-type')).toMatch(/^text\/css/);
  });

  it.each([
    'app://itinera/../package.json',
    'app://itinera/%2e%2e/package.json',
    'app://itinera/%2E%2E/%2e%2e/package.json',
    'app://itinera/..%2fpackage.json',
    'app://itinera/%2e%2e%2fpackage.json',
    'app://itinera/%2e%2e%2f%2e%2e%2fpackage.json',
    'app://itinera/assets/..%2f..%2fpackage.json',
    'app://itinera/assets/..%2f..%2f..%2fpackage.json',
    'app://itinera/..%5c..%5cpackage.json',
    'app://itinera/%2e%2e%5c..%5cpackage.json',
    'app://itinera/..%2frenderer-secret.txt',
    `app://itinera/${encodeURIComponent(path.join(root, 'package.json'))}`,
    'app://itinera/assets/linked.json',
    'app://itinera/index.html%00.png',
  ])('refuses %s with 404 and never reveals the file', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain(SECRET);
  });

  it('resolves no traversal to a path outside the renderer folder', () => {
    for (const url of ['app://itinera/..%2f..%2fpackage.json', 'app://itinera/%2e%2e%2fpackage.json']) {
      expect(resolveAppFile(renderer, url)).toBeNull();
    }
    expect(resolveAppFile(renderer, 'app://itinera/assets/index-abc123.js')).toBe(
      path.join(renderer, 'assets', 'index-abc123.js'),
    );
  });

  it('answers 404 for missing files, folders and other hosts', async () => {
    expect((await get('app://itinera/missing.js')).status).toBe(404);
    expect((await get('app://itinera/assets')).status).toBe(404);
    expect((await get('app://itinera/assets/')).status).toBe(404);
    expect((await get('app://other/index.html')).status).toBe(404);
  });

  it('accepts reads only', async () => {
    expect((await handle(new Request('app://itinera/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });

  it('knows its own origin from look-alikes', () => {
    expect(isAppUrl('app://itinera/index.html')).toBe(true);
    expect(isAppUrl('app://itinera.example.org/')).toBe(false);
    expect(isAppUrl('app://itinera@evil/')).toBe(false);
    expect(isAppUrl('https://itinera/')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});
