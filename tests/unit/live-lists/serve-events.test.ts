import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../../electron/serve/http-server.js';
import { CHANGES_HEADER, CHANGES_ROUTE } from '../../../shared/api/changes.js';
import { CHANNELS } from '../../../shared/api/channels.js';
import { createEventStreamParser, type ServerSentEvent } from '../../../renderer/src/api/server-sent-events.js';
import { newProject } from '../../helpers/project.js';
import { tempDir } from '../../helpers/temp-dir.js';

// Serve mode's change events: GET /events streams them (Server-Sent Events) under the same checks
// as the API (token, Host, Origin); a connection starts with `hello` naming the latest event,
// then one `change` per event; every API answer names the latest event in x-itinera-changes.

const place = { name: 'Atelier', category: 'creative-firm', sector: 'design', longitude: 15.6, latitude: 48.41 };

describe('the change stream of serve mode', () => {
  const { host } = newProject();
  const staticDir = path.join(tempDir(), 'app');
  fs.mkdirSync(staticDir);
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Itinera</title>');
  let server: RunningServer;
  // The streams the server holds open: each subscribes to the feed, and must unsubscribe.
  const streams = { opened: 0, closed: 0 };
  beforeAll(async () => {
    server = await startServer({
      dispatch: host.dispatch,
      staticDir,
      changes: {
        seq: host.changes.seq,
        subscribe(listener) {
          streams.opened++;
          const stop = host.changes.subscribe(listener);
          return () => {
            streams.closed++;
            stop();
          };
        },
      },
    });
  });
  afterAll(() => server.close());

  const hostHeader = () => `127.0.0.1:${server.port}`;
  const goodHeaders = () => ({ host: hostHeader(), 'x-itinera-token': server.token });

  /** Opens /events; resolves with the status and, for a stream, a reader of its events. */
  function openEvents(headers: Record<string, string>, method = 'GET') {
    return new Promise<{
      status: number;
      headers: http.IncomingHttpHeaders;
      body: () => string;
      next(): Promise<ServerSentEvent>;
      close(): void;
    }>((resolve, reject) => {
      const request = http.request(
        { host: '127.0.0.1', port: server.port, method, path: CHANGES_ROUTE, headers },
        (response) => {
          let text = '';
          const arrived: ServerSentEvent[] = [];
          const waiting: ((event: ServerSentEvent) => void)[] = [];
          const parser = createEventStreamParser((event) => {
            const taker = waiting.shift();
            if (taker) taker(event);
            else arrived.push(event);
          });
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => {
            text += chunk;
            parser.push(chunk);
          });
          response.on('error', () => undefined);
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: () => text,
            next: () =>
              new Promise((take, fail) => {
                const early = arrived.shift();
                if (early) return take(early);
                const timer = setTimeout(() => fail(new Error('no event within 2 s')), 2000);
                waiting.push((event) => {
                  clearTimeout(timer);
                  take(event);
                });
              }),
            close: () => request.destroy(),
          });
        },
      );
      request.on('error', reject);
      request.end();
    });
  }

  async function refused(headers: Record<string, string>, method = 'GET') {
    const answer = await openEvents(headers, method);
    await new Promise((resolve) => setTimeout(resolve, 50));
    answer.close();
    return { status: answer.status, body: answer.body() };
  }

  const api = (channel: string, body: unknown) =>
    fetch(`http://127.0.0.1:${server.port}/api/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-itinera-token': server.token },
      body: JSON.stringify(body),
    });

  it('refuses a missing or wrong token (401), another Host (421), another Origin (403) and other methods', async () => {
    const opened = streams.opened;
    const missing = await refused({ host: hostHeader() });
    expect(missing.status).toBe(401);
    expect(JSON.parse(missing.body)).toMatchObject({ ok: false, error: { message: expect.stringMatching(/token/) } });
    expect((await refused({ host: hostHeader(), 'x-itinera-token': 'x'.repeat(32) })).status).toBe(401);
    expect((await refused({ ...goodHeaders(), host: `evil.example:${server.port}` })).status).toBe(421);
    expect((await refused({ ...goodHeaders(), origin: 'http://evil.example' })).status).toBe(403);
    expect((await refused(goodHeaders(), 'POST')).status).toBe(405);
    // None of them was given a stream.
    expect(streams.opened).toBe(opened);
  });

  it('sends hello with the latest event, then one change event per write, in order', async () => {
    await api(CHANNELS.createPlace, place);
    const stream = await openEvents({ ...goodHeaders(), origin: `http://127.0.0.1:${server.port}` });
    try {
      expect(stream.status).toBe(200);
      expect(stream.headers['content-type']).toMatch(/^text\/event-stream/);
      expect(stream.headers['cache-control']).toBe('no-store');
      const hello = await stream.next();
      expect(hello.event).toBe('hello');
      const start = (JSON.parse(hello.data) as { seq: number }).seq;
      expect(start).toBe(host.changes.seq());

      const created = (await (await api(CHANNELS.createPlace, { ...place, name: 'Studio' })).json()) as {
        value: { id: number };
      };
      await api(CHANNELS.deletePlace, { id: created.value.id });
      const first = await stream.next();
      const second = await stream.next();
      expect(first).toMatchObject({ event: 'change', id: String(start + 1) });
      expect(JSON.parse(first.data)).toEqual({ seq: start + 1, topics: ['edits', 'places'] });
      expect(second.event).toBe('change');
      expect(JSON.parse(second.data)).toMatchObject({ seq: start + 2, topics: expect.arrayContaining(['places']) });
    } finally {
      stream.close();
    }
  });

  it('names the latest change event in every API answer', async () => {
    const created = await api(CHANNELS.createPlace, { ...place, name: 'Print shop' });
    expect(created.status).toBe(200);
    const after = Number(created.headers.get(CHANGES_HEADER));
    expect(after).toBe(host.changes.seq());
    const read = await api(CHANNELS.listPlaces, {});
    expect(Number(read.headers.get(CHANGES_HEADER))).toBe(after);
    const failed = await api(CHANNELS.getPlace, { id: 9999 });
    expect(failed.status).toBe(404);
    expect(failed.headers.get(CHANGES_HEADER)).toBe(String(after));
  });

  it('lets go of a stream whose reader went away', async () => {
    const stream = await openEvents(goodHeaders());
    await stream.next();
    expect(streams.opened - streams.closed).toBe(1);
    stream.close();
    await expect.poll(() => streams.opened - streams.closed).toBe(0);
    expect((await api(CHANNELS.createPlace, { ...place, name: 'Afterwards' })).status).toBe(200);
  });
});
