import { describe, expect, it } from 'vitest';
import { createProjectHost } from '../../electron/services/core/project-host.js';
import { CHANNELS, type MapStyleSettings } from '../../shared/api/contract.js';
import { DEFAULT_PLACE_STYLE, type PlaceStyle } from '../../shared/model/place-style.js';
import { newProject } from '../helpers/project.js';

// A category family's colour and the place style (colour, size and labels by a field) are saved
// in the project file and read back after reopening; bad values are refused and change nothing.

describe('map style through the API', () => {
  it('saves a colour, keeps it after reopening, and resets it with null', async () => {
    const { host, file } = newProject();
    const empty = await host.dispatch(CHANNELS.getMapStyle, {});
    expect(empty).toEqual({ ok: true, value: { familyColours: {}, placeStyle: DEFAULT_PLACE_STYLE } });

    const saved = await host.dispatch(CHANNELS.updateMapStyle, {
      familyColours: { heritage: '#12ab34', 'creative-firm': '#000000' },
    });
    expect(saved).toEqual({
      ok: true,
      value: { familyColours: { heritage: '#12AB34', 'creative-firm': '#000000' }, placeStyle: DEFAULT_PLACE_STYLE },
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

  it('saves a place style by sector, keeps it after reopening, refuses a wrong one by name, and resets it', async () => {
    const { host, file } = newProject();
    const bySector: PlaceStyle = {
      colourBy: 'sector',
      method: 'categories',
      classes: 5,
      sizeByValue: false,
      labelBy: 'field:Founded',
    };
    const saved = (await host.dispatch(CHANNELS.updateMapStyle, { placeStyle: bySector })) as {
      value: MapStyleSettings;
    };
    expect(saved.value).toEqual({ familyColours: {}, placeStyle: bySector });
    host.close();

    const reopened = createProjectHost();
    reopened.open(file);
    try {
      const read = (await reopened.dispatch(CHANNELS.getMapStyle, {})) as { value: MapStyleSettings };
      expect(read.value.placeStyle).toEqual(bySector);

      const cases: [Record<string, unknown>, string, RegExp][] = [
        [{ ...bySector, colourBy: 'colour' }, 'placeStyle.colourBy', /^Colour by: must be a field of the places/],
        [{ ...bySector, colourBy: 'field:' }, 'placeStyle.colourBy', /^Colour by:/],
        [{ ...bySector, labelBy: 'links' }, 'placeStyle.labelBy', /^Labels:/],
        [{ ...bySector, method: 'jenks' }, 'placeStyle.method', /^Classes: must be categories or graduated/],
        [{ ...bySector, classes: 9 }, 'placeStyle.classes', /^Number of classes: must be a whole number from 3 to 7/],
        [{ ...bySector, classes: 4.5 }, 'placeStyle.classes', /^Number of classes:/],
        [{ ...bySector, extra: true }, 'placeStyle', /./],
      ];
      for (const [placeStyle, field, message] of cases) {
        const wrong = await reopened.dispatch(CHANNELS.updateMapStyle, { placeStyle });
        expect(wrong, JSON.stringify(placeStyle)).toMatchObject({ ok: false, error: { code: 'invalid-input', field } });
        expect((wrong as { error: { message: string } }).error.message).toMatch(message);
      }
      const unchanged = (await reopened.dispatch(CHANNELS.getMapStyle, {})) as { value: MapStyleSettings };
      expect(unchanged.value.placeStyle).toEqual(bySector);

      // A colour change keeps the place style, and null goes back to a colour per kind.
      await reopened.dispatch(CHANNELS.updateMapStyle, { familyColours: { heritage: '#000000' } });
      const kept = (await reopened.dispatch(CHANNELS.getMapStyle, {})) as { value: MapStyleSettings };
      expect(kept.value.placeStyle).toEqual(bySector);
      const reset = (await reopened.dispatch(CHANNELS.updateMapStyle, { placeStyle: null })) as {
        value: MapStyleSettings;
      };
      expect(reset.value).toEqual({ familyColours: { heritage: '#000000' }, placeStyle: DEFAULT_PLACE_STYLE });
    } finally {
      reopened.close();
    }
  });
});
