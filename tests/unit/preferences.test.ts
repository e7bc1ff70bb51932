import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../shared/api/contract.js';
import { createProjectHost } from '../../electron/services/core/project-host.js';
import { tempDir } from '../helpers/temp-dir.js';

// The user's preferences (the app's language) live in their data folder, answer without an open
// project, and survive a restart of the backend.

describe('preferences', () => {
  let dataDir: string;
  const saved = process.env.ITINERA_DATA_DIR;
  beforeEach(() => {
    dataDir = tempDir('itinera-preferences-');
    process.env.ITINERA_DATA_DIR = dataDir;
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.ITINERA_DATA_DIR;
    else process.env.ITINERA_DATA_DIR = saved;
  });

  it('follows the system language until a language is chosen, then keeps it across restarts', async () => {
    const host = createProjectHost();
    expect(await host.dispatch(CHANNELS.getPreferences, {})).toEqual({ ok: true, value: { locale: null } });
    expect(await host.dispatch(CHANNELS.updatePreferences, { locale: 'de' })).toEqual({
      ok: true,
      value: { locale: 'de' },
    });
    const restarted = createProjectHost();
    expect(await restarted.dispatch(CHANNELS.getPreferences, {})).toEqual({ ok: true, value: { locale: 'de' } });
    expect(JSON.parse(fs.readFileSync(path.join(dataDir, 'preferences.json'), 'utf8'))).toEqual({ locale: 'de' });
    expect(await restarted.dispatch(CHANNELS.updatePreferences, { locale: null })).toEqual({
      ok: true,
      value: { locale: null },
    });
  });

  it('refuses a language Itinera does not speak, in the caller’s language, and changes nothing', async () => {
    const host = createProjectHost();
    await host.dispatch(CHANNELS.updatePreferences, { locale: 'fr' });
    const refused = await host.dispatch(CHANNELS.updatePreferences, { locale: 'tlh' }, 'de');
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.field).toBe('locale');
    expect(await host.dispatch(CHANNELS.getPreferences, {})).toEqual({ ok: true, value: { locale: 'fr' } });
  });

  it('reads a broken preferences file as the defaults', async () => {
    fs.writeFileSync(path.join(dataDir, 'preferences.json'), '{"locale": "xx", ');
    expect(await createProjectHost().dispatch(CHANNELS.getPreferences, {})).toEqual({
      ok: true,
      value: { locale: null },
    });
  });
});
