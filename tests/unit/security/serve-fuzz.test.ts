import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import zlib from 'node:zlib';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../shared/api/channels.js';
import { itinera, startServe, type ServeProcess } from '../../helpers/cli.js';
import { newProject } from '../../helpers/project.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { makeVectorMbtiles } from '../../helpers/tile-files.js';

// Serve mode must survive every request: the real `itinera serve` process gets malformed request
// lines, percent-escapes, headers and bodies, and requests for stored values that cannot become
// headers or tiles (written into the file by another tool). After each batch it must still answer
// a normal call. Seeded, so a failure repeats: ITINERA_FUZZ_SEED=<seed>.

const SEED = Number(process.env.ITINERA_FUZZ_SEED ?? Date.now() % 1_000_000);

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Sends bytes as they are and reads the answer's status line (0 when the server closed without one). */
function sendRaw(port: number, bytes: Buffer | string): Promise<number> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let answer = '';
    const done = () => {
      const match = /^HTTP\/1\.[01] (\d{3})/.exec(answer);
      resolve(match ? Number(match[1]) : 0);
    };
    socket.setTimeout(5000, () => socket.destroy());
    socket.on('data', (chunk: Buffer) => {
      answer += chunk.toString('latin1');
      if (/\r\n\r\n/.test(answer)) socket.end();
    });
    socket.on('error', () => undefined);
    socket.on('close', done);
    socket.write(bytes, () => socket.end());
  });
}

const PIECES = [
  '%',
  '%%',
  '%zz',
  '%2',
  '%c0%af',
  '%00',
  '%ff%fe',
  '%E0%A4%A',
  '..',
  '/',
  '//',
  '\\',
  '?',
  '#',
  ';',
  'ä',
  '\u{1F600}',
  '%2e%2e',
  'api',
  'tiles',
  'attachments',
  'files',
  '0',
  '1',
  '99999999999999999999',
  '-1',
  '1e3',
];
const METHODS = ['GET', 'POST', 'HEAD', 'PUT', 'OPTIONS', 'DELETE', 'G ET', '', 'POST /', 'CONNECT'];

describe('itinera serve survives malformed and hostile requests', () => {
  const folder = tempDir('itinera-fuzz-');
  let serve: ServeProcess;
  let port: number;
  let token: string;

  beforeAll(async () => {
    // A project holding what other tools may have written: an attachment whose type carries a
    // line break and whose name a lone surrogate, a truncated gzip tile and a gzip bomb tile.
    const { host, file } = newProject('Fuzzed');
    const call = async (channel: string, payload: unknown) => {
      const envelope = await host.dispatch(channel, payload);
      if (!envelope.ok) throw new Error(envelope.error.message);
      return envelope.value as { id: number };
    };
    const place = await call(CHANNELS.createPlace, {
      name: 'Site',
      category: 'museum',
      longitude: 15.6,
      latitude: 48.4,
    });
    const photo = fs.readFileSync(path.join(import.meta.dirname, '..', '..', 'fixtures', 'attachments', 'photo.jpg'));
    for (const fileName of ['photo.jpg', 'second.jpg']) {
      await call(CHANNELS.addAttachment, {
        featureType: 'place',
        featureId: place.id,
        fileName,
        contentBase64: photo.toString('base64'),
      });
    }
    host.close();
    expect(itinera(['add-basemap', file, makeVectorMbtiles(folder)]).status).toBe(0);
    const database = new Database(file);
    database.prepare("UPDATE attachments SET content_type = 'image/jpeg\r\nset-cookie: a=b' WHERE id = 1").run();
    database
      .prepare("UPDATE attachments SET file_name = 'x\uD800.jpg', content_type = 'text/\u00e9' WHERE id = 2")
      .run();
    const tile = database
      .prepare(
        'SELECT file_id, zoom_level AS z, tile_column AS x, tile_row AS y, tile_data FROM basemap_file_tiles WHERE zoom_level > 0 LIMIT 1',
      )
      .get() as {
      file_id: number;
      z: number;
      x: number;
      y: number;
      tile_data: Buffer;
    };
    const gzipped = zlib.gzipSync(tile.tile_data);
    database
      .prepare(
        'UPDATE basemap_file_tiles SET tile_data = ? WHERE file_id = ? AND zoom_level = ? AND tile_column = ? AND tile_row = ?',
      )
      .run(gzipped.subarray(0, Math.max(12, gzipped.length - 8)), tile.file_id, tile.z, tile.x, tile.y);
    // 64 MB of zeros in a few kilobytes.
    const bomb = zlib.gzipSync(Buffer.alloc(64 * 1024 * 1024), { level: 9 });
    database
      .prepare(
        'INSERT OR REPLACE INTO basemap_file_tiles (file_id, zoom_level, tile_column, tile_row, tile_data) VALUES (?, 0, 0, 0, ?)',
      )
      .run(tile.file_id, bomb);
    database.close();
    fileId = tile.file_id;
    truncatedTile = `/tiles/files/${tile.file_id}/${tile.z}/${tile.x}/${tile.y}`;
    serve = await startServe(['--project', file]);
    port = Number(new URL(serve.origin).port);
    token = serve.token;
  });
  afterAll(() => serve?.stop());

  let fileId = 0;
  let truncatedTile = '';

  const alive = async () => {
    const answer = await fetch(`${serve.origin}/api/${CHANNELS.getProject}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-itinera-token': token },
      body: '{}',
    });
    return answer.status === 200 && ((await answer.json()) as { value: { name: string } }).value.name === 'Fuzzed';
  };

  it('answers a normal call (the checks below can fail)', async () => {
    expect(await alive()).toBe(true);
  });

  it('answers malformed percent-escapes with 400, even without a token', async () => {
    for (const target of ['/api/%', '/api/%zz', '/api/%E0%A4%A', '/%', '/assets/%c0', '/attachments/%', '/tiles/%']) {
      const status = await sendRaw(port, `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`);
      expect([400, 404, 401], target).toContain(status);
      expect(await alive(), target).toBe(true);
    }
    const status = await sendRaw(port, `POST /api/% HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\ncontent-length: 0\r\n\r\n`);
    expect(status).toBe(400);
  });

  it('serves stored values that cannot be headers as safe headers, and broken tiles as errors', async () => {
    const get = (address: string) => fetch(`${serve.origin}${address}`, { headers: { 'x-itinera-token': token } });
    const first = await get('/attachments/1');
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('application/octet-stream');
    expect(first.headers.get('set-cookie')).toBeNull();
    const second = await get('/attachments/2');
    expect(second.status).toBe(200);
    // SQLite hands the broken name back with replacement characters; the header stays well formed.
    expect(second.headers.get('content-disposition')).toMatch(
      /^attachment; filename="x_+\.jpg"; filename\*=UTF-8''x(%EF%BF%BD)+\.jpg$/,
    );
    expect(second.headers.get('content-type')).toBe('application/octet-stream');
    for (const address of [truncatedTile, `/tiles/files/${fileId}/0/0/0`]) {
      const answer = await get(address);
      expect(answer.status, address).toBe(500);
      expect((await answer.text()).length, address).toBeLessThan(1000);
      expect(await alive(), address).toBe(true);
    }
  });

  it(`stays up through 600 generated requests (seed ${SEED})`, async () => {
    const next = random(SEED);
    const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
    for (let round = 0; round < 600; round++) {
      const parts = Array.from({ length: 1 + Math.floor(next() * 5) }, () => pick(PIECES));
      const target = `/${parts.join(pick(['/', '', '%2f']))}`;
      const method = pick(METHODS);
      const headers = [`Host: ${next() < 0.9 ? `127.0.0.1:${port}` : pick(['', 'x', '127.0.0.1'])}`];
      if (next() < 0.5) headers.push(`x-itinera-token: ${next() < 0.8 ? token : pick(PIECES)}`);
      if (next() < 0.5)
        headers.push(`content-type: ${pick(['application/json', 'text/plain', 'application/json; charset=x', ''])}`);
      const body = pick(['', '{', '{}', '[]', 'null', '{"id":"1"}', '\u0000\u0001', '{"a":' + '['.repeat(5000), '%']);
      const length = pick([Buffer.byteLength(body), 0, -1, 1e12, 'abc', Buffer.byteLength(body) + 10]);
      if (next() < 0.9) headers.push(`content-length: ${length}`);
      if (next() < 0.1) headers.push(`x-long: ${'a'.repeat(20_000)}`);
      if (next() < 0.1) headers.push('transfer-encoding: chunked');
      if (next() < 0.05) headers.push('bad header line');
      const line = next() < 0.05 ? pick(PIECES) : `${method} ${target} HTTP/1.${next() < 0.9 ? 1 : 0}`;
      // Some requests stop half-way: the socket ends after part of the body.
      const whole = `${line}\r\n${headers.join('\r\n')}\r\n\r\n${body}`;
      const sent = next() < 0.1 ? whole.slice(0, Math.floor(next() * whole.length)) : whole;
      const status = await sendRaw(port, Buffer.from(sent, 'utf8'));
      expect(status === 0 || (status >= 200 && status < 600), `round ${round}: ${line}`).toBe(true);
      if (round % 50 === 49) expect(await alive(), `after round ${round} (seed ${SEED})`).toBe(true);
    }
    expect(await alive()).toBe(true);
  }, 120_000);
});
