import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createProjectService } from '../../../electron/services/core/project-service.js';
import { createProjectStore, type ProjectStore } from '../../../electron/store/project-store.js';
import { PlaceInputSchema, RouteInputSchema } from '../../../shared/model/schemas.js';
import { tempDir } from '../../helpers/temp-dir.js';

// A route is its stops: its line follows them when a place moves or is deleted (the routes
// feature reacts to the places feature's events), in the same undo step as the move or delete.

const dir = tempDir();
let counter = 0;
const stores: ProjectStore[] = [];
afterEach(() => stores.splice(0).forEach((store) => store.close()));

function open() {
  const store = createProjectStore(path.join(dir, `routes-${++counter}.gpkg`), 'Routes');
  stores.push(store);
  const service = createProjectService(store);
  const stop = (name: string, longitude: number) =>
    service.createPlace(PlaceInputSchema.parse({ name, category: 'museum', sector: null, longitude, latitude: 48.41 }));
  const [a, b, c] = [stop('A', 15.6), stop('B', 15.61), stop('C', 15.62)];
  const route = service.createRoute(
    RouteInputSchema.parse({
      name: 'Walk',
      mode: 'walk',
      description: '',
      stopPlaceIds: [a.id, b.id, c.id],
    }),
  );
  const line = () => service.listRoutes({}).find((entry) => entry.id === route.id)!;
  return { service, a, b, c, line };
}

describe('routes follow their stops', () => {
  it('redraws a route when one of its stops moves, and undo puts the line back', () => {
    const { service, b, line } = open();
    const before = line();
    expect(before.geometry.coordinates[1]).toEqual([15.61, 48.41]);
    service.updatePlace({ id: b.id, changes: { latitude: 48.42 } });
    expect(line().geometry.coordinates[1]).toEqual([15.61, 48.42]);
    expect(line().lengthMetres).toBeGreaterThan(before.lengthMetres);
    service.movePlaces({ moves: [{ id: b.id, longitude: 15.615, latitude: 48.43 }] });
    expect(line().geometry.coordinates[1]).toEqual([15.615, 48.43]);
    service.undo({});
    service.undo({});
    expect(line().geometry).toEqual(before.geometry);
  });

  it('redraws a route without a deleted stop, and with no line once fewer than two are left', () => {
    const { service, a, b, c, line } = open();
    service.deletePlace({ id: b.id });
    expect(line().geometry.coordinates).toEqual([
      [15.6, 48.41],
      [15.62, 48.41],
    ]);
    service.deletePlaces({ ids: [a.id] });
    expect(line().stops.map((stop) => stop.placeId)).toEqual([c.id]);
    expect(line().geometry.coordinates).toEqual([]);
    service.undo({});
    service.undo({});
    expect(line().geometry.coordinates).toHaveLength(3);
  });
});
