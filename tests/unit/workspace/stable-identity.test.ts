import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { parseInput } from '../../../shared/api/contract.js';
import { IDENTIFIED_TABLES } from '../../../electron/store/migrations/0019-stable-identity.js';
import { openProjectStore } from '../../../electron/store/project-store.js';
import { newProject } from '../../helpers/project.js';
import { undoStableIdentity } from '../../helpers/undo-identity.js';
import { newUuid, newUuids } from '../../../electron/store/uuid.js';

// Issue #17, point 1: every shared row has a uuid that stays its own: given by migration 0019 to
// an older project's rows, by the trigger to rows another tool inserts, kept by undo and redo.

/** Version 4: what the migration and the trigger (plain SQL, other tools) give. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
/** Version 7 (RFC 9562): what Itinera writes, the time in milliseconds first. */
const UUID7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('stable identity', () => {
  it('writes version 7 uuids, their time first: distinct, and in order from one millisecond to the next', () => {
    const before = Date.now();
    const uuids = Array.from({ length: 20_000 }, newUuid);
    const after = Date.now();
    expect(new Set(uuids).size).toBe(uuids.length);
    for (const uuid of uuids) expect(uuid).toMatch(UUID7);
    const times = uuids.map((uuid) => parseInt(uuid.slice(0, 8) + uuid.slice(9, 13), 16));
    expect(Math.min(...times)).toBeGreaterThanOrEqual(before);
    expect(Math.max(...times)).toBeLessThanOrEqual(after);
    for (let index = 1; index < times.length; index++) expect(times[index]).toBeGreaterThanOrEqual(times[index - 1]!);
    const joined = newUuids(3);
    expect(joined).toHaveLength(3 * 36);
    for (let slot = 0; slot < 3; slot++) expect(joined.slice(slot * 36, slot * 36 + 36)).toMatch(UUID7);
  });

  it('gives the places and translations Itinera writes, one by one or in bulk, version 7 uuids', () => {
    const { host, file } = newProject();
    const service = host.current();
    service.createPlace(
      parseInput('createPlace', { name: 'One', category: 'gallery', longitude: 15.6, latitude: 48.41 }),
    );
    host.close();
    const store = openProjectStore(file);
    store.transaction(() => {
      const writer = store.places.bulkWriter();
      try {
        writer.add([
          {
            name: 'Bulk',
            category: 'museum',
            sector: null,
            description: '',
            address: '',
            website: '',
            tags: [],
            customFields: {},
            longitude: 15.61,
            latitude: 48.42,
            translations: { de: { name: 'Masse', description: '' } },
          },
        ]);
        writer.finish();
      } finally {
        writer.close();
      }
    });
    store.close();
    const db = new Database(file, { readonly: true });
    const uuids = db.prepare('SELECT uuid FROM places UNION ALL SELECT uuid FROM places_translations').pluck().all();
    db.close();
    expect(uuids.length).toBeGreaterThanOrEqual(3);
    for (const uuid of uuids) expect(uuid).toMatch(UUID7);
  });

  it('gives every row of an older project a uuid of its own when it is opened', () => {
    const { host, file } = newProject();
    const service = host.current();
    for (const name of ['Alpha', 'Beta', 'Gamma'])
      service.createPlace(parseInput('createPlace', { name, category: 'gallery', longitude: 15.6, latitude: 48.41 }));
    host.close();
    const db = new Database(file);
    undoStableIdentity(db);
    db.close();
    openProjectStore(file).close();
    const reopened = new Database(file, { readonly: true });
    const uuids = reopened.prepare('SELECT uuid FROM places').pluck().all() as string[];
    expect(uuids).toHaveLength(3);
    expect(new Set(uuids).size).toBe(3);
    for (const uuid of uuids) expect(uuid).toMatch(UUID);
    for (const table of IDENTIFIED_TABLES) {
      expect(reopened.prepare(`SELECT count(*) FROM ${table} WHERE uuid IS NULL`).pluck().get()).toBe(0);
    }
    reopened.close();
  });

  it('gives a row another tool inserts a uuid (the trigger is plain SQL), and keeps one given', () => {
    const { host, file } = newProject();
    host.close();
    const db = new Database(file);
    // No Itinera functions registered: as QGIS or GDAL would write (an attribute table here).
    db.prepare("INSERT INTO annotations (text, date) VALUES ('From QGIS', '2026-12-07')").run();
    db.prepare(
      "INSERT INTO annotations (text, date, uuid) VALUES ('Given', '2026-12-07', '0b8f7a38-3c1e-4d2a-9f5e-1a2b3c4d5e6f')",
    ).run();
    const rows = db.prepare('SELECT text, uuid FROM annotations ORDER BY id').all() as { text: string; uuid: string }[];
    db.close();
    expect(rows[0]!.uuid).toMatch(UUID);
    expect(rows[1]!.uuid).toBe('0b8f7a38-3c1e-4d2a-9f5e-1a2b3c4d5e6f');
  });

  it('keeps a place’s uuid through delete, undo and redo', () => {
    const { host, file } = newProject();
    const service = host.current();
    const place = service.createPlace(
      parseInput('createPlace', { name: 'Kept', category: 'gallery', longitude: 15.6, latitude: 48.41 }),
    );
    const uuidOf = () => {
      const db = new Database(file, { readonly: true });
      try {
        return db.prepare('SELECT uuid FROM places WHERE name = ?').pluck().get('Kept');
      } finally {
        db.close();
      }
    };
    const before = uuidOf();
    service.deletePlace({ id: place.id });
    expect(uuidOf()).toBeUndefined();
    service.undo({});
    expect(uuidOf()).toBe(before);
    service.redo({});
    service.undo({});
    expect(uuidOf()).toBe(before);
    host.close();
  });
});
