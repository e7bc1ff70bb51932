import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { afterAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../shared/api/channels.js';
import type { Envelope } from '../../../shared/api/errors.js';
import type { Place } from '../../../shared/model/schemas.js';
import { registerIpc } from '../../../electron/main/register-ipc.js';
import { newProject } from '../../helpers/project.js';

// The IPC transport against a real project file: every channel is served, valid calls from the
// app's window are written, invalid ones are refused with the field named, and calls from any
// other page are refused before they reach the project.

type Handler = (event: IpcMainInvokeEvent, payload: unknown) => unknown;

function fakeIpcMain() {
  const handlers = new Map<string, Handler>();
  const ipcMain = {
    handle: (channel: string, handler: Handler) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, handler);
    },
    removeHandler: (channel: string) => handlers.delete(channel),
  };
  return { handlers, ipcMain: ipcMain as unknown as Pick<IpcMain, 'handle' | 'removeHandler'> };
}

const fromUrl = (url: string | null) =>
  ({ senderFrame: url === null ? null : { url } }) as unknown as IpcMainInvokeEvent;

const APP_PAGE = 'app://itinera/index.html';
const validPlace = { name: 'Kunsthalle Krems', category: 'gallery', longitude: 15.6063, latitude: 48.4096 };

describe('registerIpc', () => {
  const { host } = newProject();
  afterAll(() => host.close());
  const { handlers, ipcMain } = fakeIpcMain();
  const unregister = registerIpc(ipcMain, host);

  const call = (channel: string, payload: unknown, url: string | null = APP_PAGE) => {
    const handler = handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler(fromUrl(url), payload) as Promise<Envelope<unknown>>;
  };
  const placeNames = () =>
    host
      .current()
      .listPlaces({})
      .map((place: Place) => place.name);

  it('registers a handler for every channel of the API', () => {
    expect([...handlers.keys()].sort()).toEqual(Object.values(CHANNELS).sort());
  });

  it('writes a place for a valid call from the app window', async () => {
    const before = placeNames().length;
    const result = await call(CHANNELS.createPlace, validPlace);
    expect(result).toMatchObject({ ok: true, value: { name: 'Kunsthalle Krems', category: 'gallery' } });
    expect(placeNames()).toHaveLength(before + 1);
    expect(placeNames()).toContain('Kunsthalle Krems');
  });

  it('refuses an invalid payload, names the field and writes nothing', async () => {
    const before = placeNames().length;
    const result = await call(CHANNELS.createPlace, { ...validPlace, name: 'Nowhere', latitude: 123 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-input');
    expect(result.error.field).toBe('latitude');
    expect(result.error.message).toMatch(/Latitude/);
    expect(placeNames()).toHaveLength(before);
    expect(placeNames()).not.toContain('Nowhere');
  });

  it.each([
    ['a web page', 'https://example.org/'],
    ['a look-alike host', 'app://itinera.example.org/index.html'],
    ['another app host', 'app://other/index.html'],
    ['a local file', 'file:///tmp/index.html'],
    ['a frame without a URL', ''],
    ['a destroyed frame', null],
  ])('refuses a call from %s and writes nothing', async (_, url) => {
    const before = placeNames().length;
    const result = await call(CHANNELS.createPlace, { ...validPlace, name: 'Intruder' }, url);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        message: expect.stringMatching(/not come from the Itinera window/),
        detail: expect.objectContaining({ id: 'api.foreignSender' }),
      },
    });
    expect(placeNames()).toHaveLength(before);
    expect(placeNames()).not.toContain('Intruder');
  });

  it('answers read calls from the app window with the project data', async () => {
    const result = await call(CHANNELS.getProject, {});
    expect(result).toMatchObject({
      ok: true,
      value: { name: 'Test quarter', counts: { places: placeNames().length } },
    });
  });

  it('removes every handler again', () => {
    unregister();
    expect(handlers.size).toBe(0);
  });
});
