import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppRequestHandler, isAppUrl, resolveAppFile } from '../../../electron/main/app-protocol.js';
import { newProject } from '../../helpers/project.js';
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

describe('app://itinera/attachments/ (the open project’s attachment bytes)', () => {
  const { host } = newProject('Protocol attachments');
  const photo = fs.readFileSync(path.join(import.meta.dirname, '..', '..', 'fixtures', 'attachments', 'photo.jpg'));
  const pdf = fs.readFileSync(path.join(import.meta.dirname, '..', '..', 'fixtures', 'attachments', 'record.pdf'));
  const withAttachments = createAppRequestHandler(renderer, host.readAttachment);
  const fetchApp = (url: string) => withAttachments(new Request(url));
  const ids: { photo: number; pdf: number } = { photo: 0, pdf: 0 };

  beforeAll(async () => {
    const service = host.current();
    const place = service.createPlace({
      name: 'Mill',
      category: 'historic-building',
      sector: null,
      description: '',
      address: '',
      website: '',
      tags: [],
      customFields: {},
      longitude: 14.42,
      latitude: 51.18,
    });
    const add = async (fileName: string, bytes: Buffer, thumbnail?: Buffer) => {
      const answer = await host.dispatch('attachments:item:add', {
        featureType: 'place',
        featureId: place.id,
        fileName,
        contentBase64: bytes.toString('base64'),
        ...(thumbnail ? { thumbnailBase64: thumbnail.toString('base64') } : {}),
      });
      if (!answer.ok) throw new Error(answer.error.message);
      return (answer.value as { id: number }).id;
    };
    ids.photo = await add('Mühle 1910.jpg', photo, photo);
    ids.pdf = await add('record.pdf', pdf);
  });
  afterAll(() => host.close());

  it('serves the original byte for byte with the sniffed type, nosniff and a file name', async () => {
    const response = await fetchApp(`app://itinera/attachments/${ids.photo}`);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(photo)).toBe(true);
    expect(response.headers.get('content-type')).toBe('image/jpeg');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-disposition')).toBe(
      `inline; filename="M_hle 1910.jpg"; filename*=UTF-8''M%C3%BChle%201910.jpg`,
    );
    expect(response.headers.get('content-security-policy')).toContain('sandbox');
    const thumbnail = await fetchApp(`app://itinera/attachments/${ids.photo}/thumbnail`);
    expect(thumbnail.status).toBe(200);
    expect(Buffer.from(await thumbnail.arrayBuffer()).equals(photo)).toBe(true);
  });

  it('offers documents as downloads, never inline', async () => {
    const response = await fetchApp(`app://itinera/attachments/${ids.pdf}`);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="record\.pdf"/);
    expect((await fetchApp(`app://itinera/attachments/${ids.pdf}/thumbnail`)).status).toBe(404);
  });

  it.each([
    '0',
    '-1',
    '01',
    '1.0',
    '1e3',
    '0x1',
    '%31',
    '99999999999999999',
    '999999',
    'abc',
    '1/',
    '1/original',
    '1/thumbnail/x',
    '1;drop',
    '1%00',
    '..%2f..%2fpackage.json',
    '%2e%2e/%2e%2e/package.json',
    '1/..%2f..%2f..%2fpackage.json',
    '',
  ])('refuses attachments/%s with 404', async (rest) => {
    const response = await fetchApp(`app://itinera/attachments/${rest}`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain(SECRET);
  });

  it('serves no attachment from a handler given no project host', async () => {
    expect((await get(`app://itinera/attachments/${ids.photo}`)).status).toBe(404);
  });
});

describe('basemap tiles on the app:// protocol', () => {
  const tiles = createAppRequestHandler(renderer, undefined, (z, x, y) =>
    z === 16 && x === 1 && y === 2 ? Buffer.from('TILE') : null,
  );
  it('serves a stored tile, 204 for a valid address without one, 404 for junk and traversal', async () => {
    const found = await tiles(new Request('app://itinera/tiles/16/1/2'));
    expect(found.status).toBe(200);
    expect(found.headers.get('content-type')).toBe('application/vnd.mapbox-vector-tile');
    expect(await found.text()).toBe('TILE');
    expect((await tiles(new Request('app://itinera/tiles/16/1/3'))).status).toBe(204);
    for (const junk of [
      'app://itinera/tiles/16/1/2.pbf',
      'app://itinera/tiles/99/1/2',
      'app://itinera/tiles/%2e%2e/%2e%2e/package.json',
      'app://itinera/tiles/..%2f..%2fpackage.json',
      'app://itinera/tiles/16/1/2%00',
    ]) {
      const answer = await tiles(new Request(junk));
      expect(answer.status, junk).toBe(404);
      expect(await answer.text(), junk).not.toContain(SECRET);
    }
    expect((await tiles(new Request('app://itinera/tiles/16/1/2', { method: 'POST' }))).status).toBe(405);
    // Without a tile reader (the handler as before), /tiles/ is just a missing file.
    expect((await get('app://itinera/tiles/16/1/2')).status).toBe(404);
  });
});

describe('basemap file tiles on the app:// protocol', () => {
  const handler = createAppRequestHandler(
    renderer,
    undefined,
    () => null,
    (fileId, z, x, y) =>
      fileId === 4 && z === 12 && x === 2200 && y === 1343
        ? { bytes: Buffer.from('PNGDATA'), contentType: 'image/png' }
        : null,
  );
  it('serves a file tile with its type, 204 for a valid address without one, 404 for junk and traversal', async () => {
    const found = await handler(new Request('app://itinera/tiles/files/4/12/2200/1343'));
    expect(found.status).toBe(200);
    expect(found.headers.get('content-type')).toBe('image/png');
    expect(found.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await found.text()).toBe('PNGDATA');
    expect((await handler(new Request('app://itinera/tiles/files/5/12/2200/1343'))).status).toBe(204);
    for (const junk of [
      'app://itinera/tiles/files/04/12/2200/1343',
      'app://itinera/tiles/files/4/12/2200/1343.png',
      'app://itinera/tiles/files/%2e%2e/%2e%2e/package.json',
      'app://itinera/tiles/files/4/..%2f..%2fpackage.json',
      'app://itinera/tiles/files/4/12/2200/1343%00',
    ]) {
      const answer = await handler(new Request(junk));
      expect(answer.status, junk).toBe(404);
      expect(await answer.text(), junk).not.toContain(SECRET);
    }
  });
});

describe('a tile that cannot be served on the app:// protocol', () => {
  it('answers 500 (a broken stored tile throws while it is read) and keeps answering', async () => {
    const handler = createAppRequestHandler(
      renderer,
      undefined,
      () => null,
      () => {
        throw new Error('unexpected end of file');
      },
    );
    const broken = await handler(new Request('app://itinera/tiles/files/4/12/2200/1343'));
    expect(broken.status).toBe(500);
    expect(await broken.text()).not.toContain('unexpected end of file');
    expect((await handler(new Request('app://itinera/index.html'))).status).toBe(200);
  });
});
