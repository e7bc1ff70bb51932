import { describe, expect, it } from 'vitest';
import { createProjectHost } from '../../electron/services/core/project-host.js';
import { CHANNELS, type MapStyleSettings } from '../../shared/api/contract.js';
import { newProject } from '../helpers/project.js';

// A category family's colour is saved in the project file and read back after reopening;
// bad colours and unknown families are refused and change nothing.

describe('map style through the API', () => {
  it('saves a colour, keeps it after reopening, and resets it with null', async () => {
    const { host, file } = newProject();
    const empty = await host.dispatch(CHANNELS.getMapStyle, {});
    expect(empty).toEqual({ ok: true, value: { familyColours: {} } });

    const saved = await host.dispatch(CHANNELS.updateMapStyle, {
      familyColours: { heritage: '#12ab34', 'creative-firm': '#000000' },
    });
    expect(saved).toEqual({
      ok: true,
      value: { familyColours: { heritage: '#12AB34', 'creative-firm': '#000000' } },
    });
    host.close();

    const reopened = createProjectHost();
    reopened.open(file);
    try {
      const read = (await reopened.dispatch(CHANNELS.getMapStyle, {})) as { value: MapStyleSettings };
      expect(read.value.familyColours).toEqual({ heritage: '#12AB34', 'creative-firm': '#000000' });

      const wrong = await reopened.dispatch(CHANNELS.updateMapStyle, { familyColours: { heritage: 'red' } });
      expect(wrong).toMatchObject({
        ok: false,
        error: { code: 'invalid-input', field: 'familyColours.heritage' },
      });
      expect((wrong as { error: { message: string } }).error.message).toMatch(/#RRGGBB/);
      const unknown = await reopened.dispatch(CHANNELS.updateMapStyle, { familyColours: { dragons: '#FFFFFF' } });
      expect(unknown.ok).toBe(false);

      const reset = (await reopened.dispatch(CHANNELS.updateMapStyle, {
        familyColours: { heritage: null },
      })) as { value: MapStyleSettings };
      expect(reset.value.familyColours).toEqual({ 'creative-firm': '#000000' });
    } finally {
      reopened.close();
    }
  });
});
