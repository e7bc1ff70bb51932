import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS, METHOD_NAMES } from '../../../shared/api/channels.js';
import type { Api } from '../../../shared/api/contract.js';
import { ApiError } from '../../../shared/api/errors.js';
import { toApiError } from '../../../renderer/src/api/create-api.js';

// The preload exposes `itinera`, with one function per API method, and `itineraChanges`, the
// change events (live lists, tested in live-lists-ipc.test.ts); each call goes to its channel; a
// failed call reaches the page with its code, message and field.

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn() },
}));
vi.mock('electron', () => electron);

await import('../../../electron/preload/preload.js');

function exposedApi(): Api {
  return electron.contextBridge.exposeInMainWorld.mock.calls[0]![1] as Api;
}

const place = { name: 'Kunsthalle', category: 'gallery', longitude: 15.6, latitude: 48.41 } as const;

describe('the preload', () => {
  beforeEach(() => {
    electron.ipcRenderer.invoke.mockReset();
  });

  it('exposes exactly two objects, itinera and itineraChanges', () => {
    expect(electron.contextBridge.exposeInMainWorld.mock.calls.map(([name]) => name)).toEqual([
      'itinera',
      'itineraChanges',
    ]);
    const changes = electron.contextBridge.exposeInMainWorld.mock.calls[1]![1] as object;
    expect(Object.keys(changes)).toEqual(['subscribe']);
  });

  it('has one function per API method and nothing else', () => {
    const api = exposedApi();
    expect(Object.keys(api).sort()).toEqual([...METHOD_NAMES].sort());
    for (const name of METHOD_NAMES) expect(typeof api[name]).toBe('function');
  });

  it('sends each method over its own channel with the input as given', async () => {
    const api = exposedApi() as unknown as Record<string, (input: unknown) => Promise<unknown>>;
    electron.ipcRenderer.invoke.mockResolvedValue({ ok: true, value: null });
    for (const name of METHOD_NAMES) {
      const input = { probe: name };
      await api[name]!(input);
      // The third argument is the page's language (none in this test: no document).
      expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(CHANNELS[name], input, undefined);
    }
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledTimes(METHOD_NAMES.length);
  });

  it('resolves with the value of a successful call', async () => {
    const created = { id: 7, ...place };
    electron.ipcRenderer.invoke.mockResolvedValue({ ok: true, value: created });
    await expect(exposedApi().createPlace(place)).resolves.toEqual(created);
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith('places:item:create', place, undefined);
  });

  it('rejects a failed call with the code, message and field, intact after crossing the bridge', async () => {
    const error = {
      code: 'invalid-input',
      message: 'Latitude: must be between -90 and 90',
      field: 'latitude',
    };
    electron.ipcRenderer.invoke.mockResolvedValue({ ok: false, error });
    const rejection: unknown = await exposedApi()
      .createPlace({ ...place, latitude: 123 })
      .then(
        () => expect.fail('the call should have failed'),
        (reason: unknown) => reason,
      );
    // contextBridge copies plain objects by value (structured clone) but strips an Error to its
    // message, so what the preload rejects with must survive a clone.
    const inPage = structuredClone(rejection);
    expect(inPage).toMatchObject(error);
    // …and the renderer's transport turns it back into an ApiError.
    const apiError = toApiError(inPage);
    expect(apiError).toBeInstanceOf(ApiError);
    expect(apiError.code).toBe('invalid-input');
    expect(apiError.field).toBe('latitude');
    expect(apiError.message).toBe(error.message);
  });

  it('reports a broken IPC call as an internal error, not an unknown value', async () => {
    electron.ipcRenderer.invoke.mockRejectedValue(new Error("No handler registered for 'places:list:query'"));
    const rejection = await exposedApi()
      .listPlaces({})
      .catch((reason: unknown) => reason);
    const apiError = toApiError(structuredClone(rejection));
    expect(apiError.code).toBe('internal');
    expect(apiError.message).toContain('No handler registered');
  });
});
