import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { topicsOfTable } from '../../../electron/services/core/change-topics.js';
import { createProjectHost, type ProjectHost } from '../../../electron/services/core/project-host.js';
import { watchProjectChanges } from '../../../electron/services/core/project-changes.js';
import { createProjectStore } from '../../../electron/store/project-store.js';
import type { ChangeEvent, ChangeTopic } from '../../../shared/api/changes.js';
import { CHANNELS } from '../../../shared/api/channels.js';
import { itinera } from '../../helpers/cli.js';
import { tempDir } from '../../helpers/temp-dir.js';

// Live lists on the backend, with real SQLite files: every write through the API publishes the
// topics it changed before its answer leaves; a commit by another connection or another process
// on the same .gpkg file is noticed (PRAGMA data_version, then gpkg_contents.last_change) while a
// page listens, within a poll; a read publishes nothing.

const dir = tempDir('itinera-live-');
let counter = 0;
const hosts: ProjectHost[] = [];
afterEach(() => hosts.splice(0).forEach((host) => host.close()));

function project(): { host: ProjectHost; file: string; events: ChangeEvent[] } {
  const file = path.join(dir, `live-${++counter}.gpkg`);
  const host = createProjectHost({ dataDir: () => dir });
  hosts.push(host);
  host.create(file, 'Live');
  const events: ChangeEvent[] = [];
  host.changes.subscribe((event) => events.push(event));
  return { host, file, events };
}

/** Calls a method through the dispatch (as both transports do); fails the test on an error answer. */
async function call<T = { id: number }>(host: ProjectHost, channel: string, payload: unknown): Promise<T> {
  const envelope = await host.dispatch(channel, payload);
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.message}`);
  return envelope.value as T;
}

const place = (name: string, longitude: number) => ({
  name,
  category: 'creative-firm',
  sector: 'design',
  longitude,
  latitude: 48.41,
});

/** The topics of the events published by `work`, and checks each came before its answer. */
async function topicsOf(
  host: ProjectHost,
  events: ChangeEvent[],
  work: () => Promise<unknown>,
): Promise<ChangeTopic[]> {
  const from = events.length;
  await work();
  const published = events.slice(from);
  // The answer left after its events: the latest number it would name is the last one published.
  if (published.length > 0) expect(host.changes.seq()).toBe(published.at(-1)!.seq);
  return [...new Set(published.flatMap((event) => event.topics))].sort();
}

/** Resolves with the first event naming `topic`, or fails after `milliseconds`. */
function nextEventWith(host: ProjectHost, topic: ChangeTopic, milliseconds: number): Promise<ChangeEvent> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`no change event naming ${topic} within ${milliseconds} ms`));
    }, milliseconds);
    const stop = host.changes.subscribe((event) => {
      if (!event.topics.includes(topic)) return;
      clearTimeout(timer);
      stop();
      resolve(event);
    });
  });
}

describe('a write through the API', () => {
  it('publishes the topics it changed, one event per call, before its answer', async () => {
    const { host, events } = project();
    const created = await call(host, CHANNELS.createPlace, place('Atelier', 15.6));
    expect(events).toEqual([{ seq: 1, topics: ['edits', 'places'] }]);

    expect(
      await topicsOf(host, events, () =>
        call(host, CHANNELS.updatePlace, { id: created.id, changes: { name: 'Atelier Krems' } }),
      ),
    ).toEqual(['edits', 'places']);
    const other = await call(host, CHANNELS.createPlace, place('Studio', 15.601));
    expect(
      await topicsOf(host, events, () =>
        call(host, CHANNELS.createLink, { fromPlaceId: created.id, toPlaceId: other.id, type: 'project-partner' }),
      ),
    ).toEqual(['edits', 'links']);
    expect(
      await topicsOf(host, events, () =>
        call(host, CHANNELS.createGroup, { name: 'Kunstmeile', level: 'quarter', parentId: null, description: '' }),
      ),
    ).toEqual(['edits', 'groups']);
    expect(await topicsOf(host, events, () => call(host, CHANNELS.undo, {}))).toEqual(['edits', 'groups']);
    expect(
      await topicsOf(host, events, () =>
        call(host, CHANNELS.updateMapStyle, { familyColours: { heritage: '#112233' } }),
      ),
    ).toEqual(['project', 'styling']);
    expect(events.map((event) => event.seq)).toEqual(events.map((_, index) => index + 1));
  });

  it('publishes every list a delete reaches: the place, its links, route stops and memberships', async () => {
    const { host, events } = project();
    const site = await call(host, CHANNELS.createPlace, {
      ...place('Minoritenkirche', 15.6),
      category: 'heritage-site',
      sector: null,
    });
    const firm = await call(host, CHANNELS.createPlace, place('Studio A', 15.601));
    await call(host, CHANNELS.createLink, { fromPlaceId: firm.id, toPlaceId: site.id, type: 'uses-heritage-site' });
    await call(host, CHANNELS.createRoute, {
      name: 'Walk',
      mode: 'walk',
      description: '',
      stopPlaceIds: [site.id, firm.id],
    });
    const group = await call(host, CHANNELS.createGroup, {
      name: 'Kunstmeile',
      level: 'quarter',
      parentId: null,
      description: '',
    });
    await call(host, CHANNELS.addGroupMember, { groupId: group.id, memberType: 'place', memberId: firm.id });

    const deleted = await topicsOf(host, events, () => call(host, CHANNELS.deletePlace, { id: firm.id }));
    expect(deleted).toEqual(expect.arrayContaining(['edits', 'groups', 'links', 'places', 'routes']));
    expect(await topicsOf(host, events, () => call(host, CHANNELS.undo, {}))).toEqual(
      expect.arrayContaining(['edits', 'groups', 'links', 'places', 'routes']),
    );
  });

  it('publishes nothing for the reads a page makes, or a refused write (no list reads itself in a loop)', async () => {
    const { host, events } = project();
    const atelier = await call(host, CHANNELS.createPlace, place('Atelier', 15.6));
    const before = events.length;
    const reads: [string, unknown][] = [
      [CHANNELS.getProject, {}],
      [CHANNELS.listPlaces, {}],
      [CHANNELS.mapPlaces, {}],
      [CHANNELS.listQuarters, {}],
      [CHANNELS.listRoutes, {}],
      [CHANNELS.listLinks, {}],
      [CHANNELS.listGroups, {}],
      [CHANNELS.listEvents, {}],
      [CHANNELS.listCustomFields, {}],
      [CHANNELS.getUndoState, {}],
      [CHANNELS.getContentLanguages, {}],
      [CHANNELS.listBasemapFiles, {}],
      [CHANNELS.getMapStyle, {}],
      [CHANNELS.getPreferences, {}],
      [CHANNELS.nearbyPlaces, { placeId: atelier.id, withinMetres: 250 }],
      [CHANNELS.searchPlaces, { text: 'Atelier' }],
      [CHANNELS.getFeatureHistory, { featureType: 'place', id: atelier.id, limit: 200 }],
      [CHANNELS.listAttachments, { featureType: 'place', featureId: atelier.id }],
      [CHANNELS.listAnnotations, { featureType: 'place', featureId: atelier.id }],
    ];
    for (const [channel, payload] of reads) await call(host, channel, payload);
    const refused = await host.dispatch(CHANNELS.createPlace, { ...place('Nowhere', 15.6), latitude: 123 });
    expect(refused.ok).toBe(false);
    // Work a read leaves for later (an index built on the next turn) publishes nothing either.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(events).toHaveLength(before);
  });

  it('publishes the features with the content languages: their answers carry those translations', async () => {
    const { host, events } = project();
    expect(
      await topicsOf(host, events, () =>
        call(host, CHANNELS.updateContentLanguages, { primary: 'de', further: ['en'] }),
      ),
    ).toEqual(['areas', 'events', 'places', 'project', 'routes', 'styling']);
  });

  it('publishes the preferences, which belong to no project', async () => {
    const { host, events } = project();
    expect(await topicsOf(host, events, () => call(host, CHANNELS.updatePreferences, { locale: 'de' }))).toEqual([
      'preferences',
    ]);
  });
});

describe('the watcher of a project', () => {
  it('publishes nothing from inside a transaction, and its marks once it committed', () => {
    const store = createProjectStore(path.join(dir, `watcher-${++counter}.gpkg`), 'Watched');
    try {
      const published: (readonly ChangeTopic[])[] = [];
      const watcher = watchProjectChanges(store.changes, (topics) => published.push(topics));
      store.transaction(() => {
        store.touch('links');
        watcher.check();
      });
      expect(published).toEqual([]);
      watcher.check();
      expect(published).toEqual([['links']]);
      watcher.check();
      expect(published.at(-1)).toEqual([]);
      watcher.close();
    } finally {
      store.close();
    }
  });
});

describe('the topics of the project file’s tables', () => {
  it('give every table Itinera registers a topic (a new table cannot go unnoticed)', () => {
    const { file } = project();
    const db = new Database(file, { readonly: true });
    const tables = db.prepare<[], string>('SELECT table_name FROM gpkg_contents').pluck().all();
    db.close();
    expect(tables).toContain('route_stops');
    // Read by the OpenStreetMap import only: no list shows it.
    const unseen = tables.filter((table) => topicsOfTable(table).length === 0);
    expect(unseen).toEqual(['osm_category_mapping']);
    // Another tool's layer is nobody's topic.
    expect(topicsOfTable('qgis_layer')).toEqual([]);
  });
});

describe('a commit by someone else on the same file', () => {
  it('is published within a poll when another connection (another Itinera) writes', async () => {
    const { host, file } = project();
    const other = createProjectHost({ dataDir: () => dir });
    hosts.push(other);
    other.open(file);
    const heard = nextEventWith(host, 'places', 2000);
    const started = Date.now();
    await call(other, CHANNELS.createPlace, place('From the other window', 15.6));
    await heard;
    expect(Date.now() - started).toBeLessThan(2000);
    const names = (await call<{ name: string }[]>(host, CHANNELS.listPlaces, {})).map((item) => item.name);
    expect(names).toEqual(['From the other window']);
  });

  it('is published when another process (the itinera command) imports into the file', async () => {
    const { host, file } = project();
    const csv = path.join(dir, `firms-${counter}.csv`);
    fs.writeFileSync(csv, 'name,longitude,latitude\nDesign studio,15.6,48.41\nPrint shop,15.61,48.42\n');
    // NOTE: the command runs synchronously: no poll can run before it ends, so listening from
    // its end misses nothing, and the wait counts from there.
    const imported = itinera(['import', file, csv, '--category', 'creative-firm']);
    expect(imported.status, imported.stderr).toBe(0);
    const event = await nextEventWith(host, 'places', 2000);
    expect(event.topics).toContain('places');
  });

  it('is published when another tool writes and marks its table (as GDAL and QGIS do), and only then', async () => {
    const { host, file, events } = project();
    const db = new Database(file);
    try {
      // A write another tool does not mark in gpkg_contents names no topic: nothing to publish.
      db.prepare("INSERT INTO settings (key, value) VALUES ('other.tool', 'x')").run();
      await new Promise((resolve) => setTimeout(resolve, 700));
      expect(events).toEqual([]);
      const heard = nextEventWith(host, 'links', 2000);
      db.prepare(
        "UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now', '+1 second') WHERE table_name = 'links'",
      ).run();
      expect((await heard).topics).toEqual(['links']);
    } finally {
      db.close();
    }
  });

  it('is noticed by the next API call when nobody listens (no polling then)', async () => {
    const file = path.join(dir, `quiet-${++counter}.gpkg`);
    const host = createProjectHost({ dataDir: () => dir });
    hosts.push(host);
    host.create(file, 'Quiet');
    const other = createProjectHost({ dataDir: () => dir });
    hosts.push(other);
    other.open(file);
    await call(other, CHANNELS.createPlace, place('Elsewhere', 15.6));
    expect(host.changes.seq()).toBe(0);
    await call(host, CHANNELS.getProject, {});
    expect(host.changes.seq()).toBe(1);
  });
});
