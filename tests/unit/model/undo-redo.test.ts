import { RouteInputSchema } from '../../../shared/model/schemas.js';
import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createProjectService, type ProjectServiceImpl } from '../../../electron/services/core/project-service.js';
import { createProjectStore, type ProjectStore } from '../../../electron/store/project-store.js';
import { parseInput } from '../../../shared/api/contract.js';
import { PlaceInputSchema, type PlaceInput } from '../../../shared/model/schemas.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { english, inEnglish } from '../../helpers/labels.js';

// Undo and redo through the single edit path: every write is one operation; undo restores the
// rows as they were (a deleted place with its links, stops and memberships), redo re-applies it,
// and a new edit clears the redo stack. History rows are written to the project file.

const dir = tempDir();
let counter = 0;
const stores: ProjectStore[] = [];
afterEach(() => stores.splice(0).forEach((store) => store.close()));

function open(): { service: ProjectServiceImpl; store: ProjectStore; file: string } {
  const file = path.join(dir, `undo-${++counter}.gpkg`);
  const store = createProjectStore(file, 'Undo');
  stores.push(store);
  return { service: createProjectService(store), store, file };
}

const place = (name: string, longitude: number, extra: Partial<PlaceInput> = {}) =>
  PlaceInputSchema.parse({ name, category: 'creative-firm', sector: 'design', longitude, latitude: 48.41, ...extra });

describe('undo and redo', () => {
  it('undoes and redoes an attribute edit and a move, in order', () => {
    const { service } = open();
    const gozzoburg = service.createPlace(place('Gozzoburg', 15.6, { category: 'historic-building', sector: null }));
    service.updatePlace({ id: gozzoburg.id, changes: { name: 'Gozzoburg Krems' } });
    service.updatePlace({ id: gozzoburg.id, changes: { longitude: 15.61, latitude: 48.42 } });
    expect(inEnglish(service.getUndoState({}))).toMatchObject({
      canUndo: true,
      canRedo: false,
      undoLabel: 'Move Gozzoburg Krems',
    });

    const undone = service.undo({});
    expect(inEnglish(undone)).toMatchObject({
      label: 'Move Gozzoburg Krems',
      canRedo: true,
      redoLabel: 'Move Gozzoburg Krems',
    });
    expect(undone.topics).toContain('places');
    expect(service.getPlace({ id: gozzoburg.id })).toMatchObject({ name: 'Gozzoburg Krems', longitude: 15.6 });
    service.undo({});
    expect(service.getPlace({ id: gozzoburg.id }).name).toBe('Gozzoburg');
    // The spatial index (nearby) follows undo too.
    service.redo({});
    service.redo({});
    expect(service.getPlace({ id: gozzoburg.id })).toMatchObject({
      name: 'Gozzoburg Krems',
      longitude: 15.61,
      latitude: 48.42,
    });
    expect(service.getUndoState({})).toMatchObject({ canRedo: false });
  });

  it('undo of a place delete brings back its links, route stops and memberships', () => {
    const { service } = open();
    const site = service.createPlace(place('Minoritenkirche', 15.6, { category: 'heritage-site', sector: null }));
    const firm = service.createPlace(place('Studio A', 15.601));
    const other = service.createPlace(place('Studio B', 15.602));
    const link = service.createLink({
      fromPlaceId: firm.id,
      toPlaceId: site.id,
      type: 'uses-heritage-site',
      note: 'films',
      startDate: '2021-05-01',
      strength: 4,
    });
    service.createLink({
      fromPlaceId: firm.id,
      toPlaceId: other.id,
      type: 'project-partner',
      note: '',
      startDate: null,
      strength: null,
    });
    const route = service.createRoute(
      RouteInputSchema.parse({
        name: 'Walk',
        mode: 'walk',
        description: '',
        stopPlaceIds: [site.id, firm.id, other.id],
      }),
    );
    const group = service.createGroup({ name: 'Kunstmeile', level: 'quarter', parentId: null, description: '' });
    service.addGroupMember({ groupId: group.id, memberType: 'place', memberId: firm.id });
    const before = { links: service.listLinks({}), route: service.listRoutes({})[0], group: service.listGroups({})[0] };

    const removed = service.deletePlace({ id: firm.id });
    expect(removed).toMatchObject({ linksRemoved: 2, stopsRemoved: 1 });
    expect(service.listLinks({})).toHaveLength(0);
    expect(service.listGroups({})[0]?.placeIds).toEqual([]);
    expect(service.listRoutes({})[0]?.stops).toHaveLength(2);

    expect(english(service.undo({}).label)).toBe('Delete Studio A');
    expect(service.getPlace({ id: firm.id })).toEqual(firm);
    expect(service.listLinks({})).toEqual(before.links);
    expect(service.listLinks({}).find((item) => item.id === link.id)).toMatchObject({
      startDate: '2021-05-01',
      strength: 4,
    });
    expect(service.listRoutes({})[0]).toEqual(before.route);
    expect(service.listGroups({})[0]).toEqual(before.group);
    expect(route.stops).toHaveLength(3);
    // Nearby (in-memory index) and search see the place again.
    expect(
      service
        .nearbyPlaces({ placeId: site.id, withinMetres: 1000, families: ['creative-firm'], limit: 10 })
        .map((hit) => hit.place.id),
    ).toContain(firm.id);
    expect(service.searchPlaces({ text: 'Studio A', limit: 5 }).map((hit) => hit.place.id)).toContain(firm.id);

    service.redo({});
    expect(() => service.getPlace({ id: firm.id })).toThrow(/no place/);
    expect(service.listLinks({})).toHaveLength(0);
  });

  it('undoes link create/delete and group membership; a new edit clears redo', () => {
    const { service } = open();
    const a = service.createPlace(place('A', 15.6));
    const b = service.createPlace(place('B', 15.601));
    const link = service.createLink({
      fromPlaceId: a.id,
      toPlaceId: b.id,
      type: 'project-partner',
      note: '',
      startDate: null,
      strength: null,
    });
    service.undo({});
    expect(service.listLinks({})).toEqual([]);
    service.redo({});
    expect(service.listLinks({})).toEqual([link]);
    service.deleteLink({ id: link.id });
    service.undo({});
    expect(service.listLinks({})).toEqual([link]);

    const group = service.createGroup({
      name: 'Network',
      level: 'international-network',
      parentId: null,
      description: '',
    });
    service.addGroupMember({ groupId: group.id, memberType: 'place', memberId: a.id });
    service.undo({});
    expect(service.listGroups({})[0]?.placeIds).toEqual([]);
    expect(service.getUndoState({}).canRedo).toBe(true);
    service.updatePlace({ id: b.id, changes: { description: 'new' } });
    expect(service.getUndoState({})).toMatchObject({ canRedo: false, redoLabel: null });
    expect(() => service.redo({})).toThrow(/nothing to redo/);
  });

  it('records history rows per feature in the project file', () => {
    const { service, file } = open();
    const a = service.createPlace(place('A', 15.6));
    service.updatePlace({ id: a.id, changes: { longitude: 15.62 } });
    service.updatePlace({ id: a.id, changes: { name: 'A2', description: 'x' } });
    service.undo({});
    const history = service.getFeatureHistory({ featureType: 'place', id: a.id, limit: 50 });
    expect(history.map((entry) => [entry.kind, english(entry.label), entry.action])).toEqual([
      ['undo', 'Undo Edit A', 'update'],
      ['edit', 'Edit A', 'update'],
      ['edit', 'Move A', 'update'],
      ['edit', 'Add A', 'create'],
    ]);
    expect(history[1]?.changedFields.sort()).toEqual(['description', 'name']);
    expect(history[2]?.changedFields).toEqual(['geom']);
    const db = new Database(file, { readonly: true });
    try {
      expect(db.prepare("SELECT count(*) AS n FROM itinera_history WHERE table_name = 'places'").get()).toEqual({
        n: 4,
      });
    } finally {
      db.close();
    }
  });

  it("lists a place's links and group memberships in its history, one entry per operation", () => {
    const { service } = open();
    const a = service.createPlace(place('A', 15.6));
    const b = service.createPlace(place('B', 15.61));
    const link = service.createLink(parseInput('createLink', { fromPlaceId: a.id, toPlaceId: b.id, type: 'tenant' }));
    service.updateLink({ id: link.id, changes: { strength: 4 } });
    const group = service.createGroup(parseInput('createGroup', { name: 'Kunstmeile', level: 'quarter' }));
    service.addGroupMember({ groupId: group.id, memberType: 'place', memberId: a.id });
    service.removeGroupMember({ groupId: group.id, memberType: 'place', memberId: a.id });
    service.deleteLink({ id: link.id });
    service.undo({});
    const labels = (id: number) =>
      service
        .getFeatureHistory({ featureType: 'place', id, limit: 50 })
        .map((entry) => [english(entry.label), entry.action]);
    expect(labels(a.id)).toEqual([
      ['Undo Remove link A – B', 'create'],
      ['Remove link A – B', 'delete'],
      ['Remove A from Kunstmeile', 'delete'],
      ['Add A to Kunstmeile', 'create'],
      ['Edit link A – B', 'update'],
      ['Link A and B', 'create'],
      ['Add A', 'create'],
    ]);
    // The other end of the link sees the link, not A's groups nor A itself.
    expect(labels(b.id)).toEqual([
      ['Undo Remove link A – B', 'create'],
      ['Remove link A – B', 'delete'],
      ['Edit link A – B', 'update'],
      ['Link A and B', 'create'],
      ['Add B', 'create'],
    ]);
    expect(service.getFeatureHistory({ featureType: 'place', id: a.id, limit: 50 })[4]?.changedFields).toEqual([
      'strength',
    ]);
    expect(service.getFeatureHistory({ featureType: 'place', id: a.id, limit: 2 })).toHaveLength(2);

    // Deleting the place removes its link in the same operation: one entry, the place's own row.
    service.deletePlace({ id: a.id });
    expect(labels(a.id).slice(0, 2)).toEqual([
      ['Delete A', 'delete'],
      ['Undo Remove link A – B', 'create'],
    ]);
    expect(labels(b.id)[0]).toEqual(['Delete A', 'delete']);
  });

  it('refuses to undo over a change made outside the edit path, and moves on', () => {
    const { service, store } = open();
    const a = service.createPlace(place('A', 15.6));
    service.updatePlace({ id: a.id, changes: { name: 'B' } });
    // An import (not an undo step) changes the same place.
    store.transaction(() => store.places.update(a.id, { ...service.getPlace({ id: a.id }), name: 'Imported' }));
    expect(() => service.undo({})).toThrow(/changed since/);
    expect(service.getPlace({ id: a.id }).name).toBe('Imported');
    expect(english(service.getUndoState({}).undoLabel)).toBe('Add A');
  });
});
