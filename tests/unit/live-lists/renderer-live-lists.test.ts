import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startServer, type RunningServer } from '../../../electron/serve/http-server.js';
import { createProjectHost } from '../../../electron/services/core/project-host.js';
import type { ChangeTopic } from '../../../shared/api/changes.js';
import type { Api } from '../../../shared/api/contract.js';
import type { Place } from '../../../shared/model/schemas.js';
import { openChangeStream, type ChangeStream } from '../../../renderer/src/api/change-stream.js';
import { waitingForLiveLists } from '../../../renderer/src/api/create-api.js';
import { createHttpApi } from '../../../renderer/src/api/http-api.js';
import { createLiveStore, liveQuery, type LiveStore } from '../../../renderer/src/api/live-store.js';
import { newProject } from '../../helpers/project.js';
import { tempDir } from '../../helpers/temp-dir.js';

// The renderer's live lists over serve mode's real transport (in Node: fetch and streams as the
// browser has them): a page's write resolves once its own lists show it; another page on the
// same server and another connection on the same file are seen without any refresh call; a
// list is read again only for its own topics, and once per key however many watch it.

const place = (name: string) =>
  ({
    name,
    category: 'creative-firm',
    sector: 'design',
    longitude: 15.6,
    latitude: 48.41,
  }) as const;

interface Page {
  api: Api;
  live: LiveStore;
  stream: ChangeStream;
  heard: ChangeTopic[][];
  reads: Record<string, number>;
}

describe('live lists in the renderer', () => {
  const { host, file } = newProject();
  const staticDir = path.join(tempDir(), 'app');
  fs.mkdirSync(staticDir);
  let server: RunningServer;
  const pages: Page[] = [];
  beforeAll(async () => {
    server = await startServer({ dispatch: host.dispatch, staticDir, changes: host.changes });
  });
  afterAll(async () => {
    for (const page of pages) {
      page.live.close();
      page.stream.close();
    }
    await server.close();
  });

  /** One page as renderer/src/api/create-api.ts wires it (its own stream, store and API). */
  function openPage(): Page {
    const baseUrl = `http://127.0.0.1:${server.port}`;
    const stream = openChangeStream({
      baseUrl,
      token: server.token,
      fetch: globalThis.fetch,
      setTimeout: (run, milliseconds) => setTimeout(run, milliseconds),
    });
    const transport = createHttpApi({ baseUrl, token: server.token, fetch: globalThis.fetch, changes: stream });
    const live = createLiveStore(transport, stream);
    const heard: ChangeTopic[][] = [];
    stream.subscribe((topics) => heard.push([...topics]));
    const page: Page = { api: waitingForLiveLists(transport, live), live, stream, heard, reads: {} };
    pages.push(page);
    return page;
  }

  /** Counts the reads of each list, to prove a list is read for its own topics only. */
  function lists(page: Page) {
    const counted = <T>(key: string, topics: ChangeTopic[], read: (api: Api) => Promise<T>) =>
      liveQuery(key, topics, (api) => {
        page.reads[key] = (page.reads[key] ?? 0) + 1;
        return read(api);
      });
    return {
      places: counted('places', ['places'], (api) => api.listPlaces({})),
      links: counted('links', ['links'], (api) => api.listLinks({})),
    };
  }

  const names = (page: Page) => (page.live.state<Place[]>('places').data ?? []).map((item) => item.name).sort();

  async function watching(page: Page) {
    const { places, links } = lists(page);
    const stops = [page.live.watch(places, () => undefined), page.live.watch(links, () => undefined)];
    // A second watcher of the same list shares its cache: no second read.
    stops.push(page.live.watch(places, () => undefined));
    await page.stream.ready;
    await page.live.settled();
    return () => stops.forEach((stop) => stop());
  }

  it('shows a page’s own write in its lists as soon as the write resolves', async () => {
    const page = openPage();
    const stop = await watching(page);
    expect(page.reads).toEqual({ places: 1, links: 1 });
    await page.api.createPlace(place('Atelier'));
    // No waiting, no refresh call: the place is in the list when the call resolves.
    expect(names(page)).toEqual(['Atelier']);
    expect(page.heard.at(-1)).toEqual(['edits', 'places']);
    // The links were not read again for a change of places.
    expect(page.reads).toEqual({ places: 2, links: 1 });
    stop();
  });

  it('shows another page’s create, rename and delete within a second, without a refresh call', async () => {
    const a = openPage();
    const b = openPage();
    const stops = [await watching(a), await watching(b)];
    const within = async (check: () => void, started: number) => {
      await vi.waitFor(check, { timeout: 1000, interval: 10 });
      expect(Date.now() - started).toBeLessThan(1000);
    };

    let started = Date.now();
    const created = await a.api.createPlace(place('Studio'));
    await within(() => expect(names(b)).toContain('Studio'), started);

    started = Date.now();
    await a.api.updatePlace({ id: created.id, changes: { name: 'Studio Krems' } });
    await within(() => expect(names(b)).toContain('Studio Krems'), started);

    started = Date.now();
    await a.api.deletePlace({ id: created.id });
    await within(() => expect(names(b)).not.toContain('Studio Krems'), started);
    stops.forEach((stop) => stop());
  });

  it('shows a commit by another connection on the same file (another Itinera)', async () => {
    const page = openPage();
    const stop = await watching(page);
    const other = createProjectHost();
    other.open(file);
    try {
      const started = Date.now();
      const written = await other.dispatch('places:item:create', place('From elsewhere'));
      expect(written.ok).toBe(true);
      await expect.poll(() => names(page), { timeout: 1000, interval: 10 }).toContain('From elsewhere');
      expect(Date.now() - started).toBeLessThan(1000);
    } finally {
      other.close();
      stop();
    }
  });

  it('lets a list go when nobody watches it any more, and reads it afresh when watched again', async () => {
    const page = openPage();
    const stop = await watching(page);
    stop();
    expect(page.live.state('places').status).toBe('loading');
    await page.api.createPlace(place('Unwatched'));
    expect(page.reads.places).toBe(1);
    const again = await watching(page);
    expect(names(page)).toContain('Unwatched');
    again();
  });
});
