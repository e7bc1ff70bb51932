import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../shared/api/contract.js';
import type { Quarter } from '../../shared/model/schemas.js';
import { newProject } from '../helpers/project.js';

// Reshaping and deleting an area through the API (what the map's edit tool calls).

const square = (size: number) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [15.6, 48.41],
      [15.6 + size, 48.41],
      [15.6 + size, 48.41 + size],
      [15.6, 48.41 + size],
      [15.6, 48.41],
    ],
  ],
});

describe('quarters:item:update and quarters:item:delete', () => {
  it('reshapes an area, keeps its name, refuses bad coordinates unchanged, and deletes it', async () => {
    const { host } = newProject();
    try {
      const created = (await host.dispatch(CHANNELS.createQuarter, { name: 'Hafen', geometry: square(0.01) })) as {
        value: Quarter;
      };
      const id = created.value.id;
      const reshaped = (await host.dispatch(CHANNELS.updateQuarter, {
        id,
        changes: { geometry: square(0.02) },
      })) as { ok: boolean; value: Quarter };
      expect(reshaped.ok).toBe(true);
      expect(reshaped.value.name).toBe('Hafen');
      expect(reshaped.value.geometry.coordinates[0]?.[2]).toEqual([15.62, 48.43]);

      const wrong = square(0.02);
      wrong.coordinates[0]![2] = [15.62, 95];
      const refused = await host.dispatch(CHANNELS.updateQuarter, { id, changes: { geometry: wrong } });
      expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      expect((refused as { error: { message: string } }).error.message).toMatch(/latitude|between -90 and 90/);
      const listed = (await host.dispatch(CHANNELS.listQuarters, {})) as { value: Quarter[] };
      expect(listed.value[0]?.geometry).toEqual(square(0.02));

      expect(await host.dispatch(CHANNELS.deleteQuarter, { id })).toEqual({ ok: true, value: { id } });
      expect(await host.dispatch(CHANNELS.deleteQuarter, { id })).toMatchObject({
        ok: false,
        error: { code: 'not-found' },
      });
      expect(((await host.dispatch(CHANNELS.listQuarters, {})) as { value: Quarter[] }).value).toEqual([]);
    } finally {
      host.close();
    }
  });
});
