import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { forwardChanges } from '../../../electron/main/forward-changes.js';
import { registerIpc } from '../../../electron/main/register-ipc.js';
import { CHANGES_IPC_CHANNEL, type ChangeEvent, type ChangesBridge } from '../../../shared/api/changes.js';
import { CHANNELS } from '../../../shared/api/channels.js';
import type { Api } from '../../../shared/api/contract.js';
import type { Place } from '../../../shared/model/schemas.js';
import { bridgeChangeSource } from '../../../renderer/src/api/change-source.js';
import { waitingForLiveLists } from '../../../renderer/src/api/create-api.js';
import { createLiveStore } from '../../../renderer/src/api/live-store.js';
import { projectLists } from '../../../renderer/src/app/project/project-lists.js';
import { newProject } from '../../helpers/project.js';

// Live lists on the desktop, without Electron's binary: the real main-process pieces (registerIpc,
// forwardChanges, a real project) and the real preload, joined by a fake IPC pipe that may deliver
// a change event after the answer that names it (IPC gives no order between the two). The page's
// write resolves once its lists show it; events are checked against the schema in the preload.

const APP_SENDER = { senderFrame: { url: 'app://itinera/index.html' } } as unknown as IpcMainInvokeEvent;
type Handler = (event: IpcMainInvokeEvent, payload: unknown, locale: unknown) => Promise<unknown>;
type PageListener = (event: unknown, value: unknown) => void;

const pipe = vi.hoisted(() => ({
  handlers: new Map<string, Handler>(),
  pageListeners: new Map<string, Set<PageListener>>(),
  exposed: new Map<string, unknown>(),
  /** How long a message main → page takes (an event may arrive after the answer naming it). */
  eventDelay: 0,
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (name: string, value: unknown) => pipe.exposed.set(name, value) },
  ipcRenderer: {
    invoke: (channel: string, payload: unknown, locale: unknown) =>
      pipe.handlers.get(channel)!(APP_SENDER as never, payload, locale),
    on(channel: string, listener: PageListener) {
      if (!pipe.pageListeners.has(channel)) pipe.pageListeners.set(channel, new Set());
      pipe.pageListeners.get(channel)!.add(listener);
    },
    removeListener: (channel: string, listener: PageListener) => pipe.pageListeners.get(channel)?.delete(listener),
  },
}));

await import('../../../electron/preload/preload.js');

/** The main process's side of the pipe: webContents.send delivers to the preload's listeners. */
function sendToPage(channel: string, value: unknown): void {
  const deliver = () => pipe.pageListeners.get(channel)?.forEach((listener) => listener({}, structuredClone(value)));
  if (pipe.eventDelay > 0) setTimeout(deliver, pipe.eventDelay);
  else deliver();
}

describe('live lists over IPC (desktop)', () => {
  const { host } = newProject();
  registerIpc(
    { handle: (channel, handler) => pipe.handlers.set(channel, handler as Handler), removeHandler: () => undefined },
    host,
  );
  const window = { isDestroyed: () => false, webContents: { send: vi.fn(sendToPage) } };
  const stopForwarding = forwardChanges(host.changes, () => window as unknown as BrowserWindow);
  afterAll(() => {
    stopForwarding();
    host.close();
  });
  const bridge = () => pipe.exposed.get('itineraChanges') as ChangesBridge;
  const api = () => pipe.exposed.get('itinera') as Api;
  const place = (name: string) => ({ name, category: 'museum', longitude: 15.6, latitude: 48.41 }) as const;

  it('answers each call with the latest change event, and sends each event to the window', async () => {
    const answer = (await pipe.handlers.get(CHANNELS.createPlace)!(APP_SENDER, place('Kunsthalle'), 'en')) as {
      ok: boolean;
      changes: number;
    };
    expect(answer).toMatchObject({ ok: true, changes: host.changes.seq() });
    expect(window.webContents.send).toHaveBeenLastCalledWith(CHANGES_IPC_CHANNEL, {
      seq: answer.changes,
      topics: ['edits', 'places'],
    });
  });

  it('hands the page only events that match the schema', () => {
    const heard: ChangeEvent[] = [];
    const stop = bridge().subscribe((event) => heard.push(event));
    sendToPage(CHANGES_IPC_CHANNEL, { seq: 90, topics: ['places'] });
    sendToPage(CHANGES_IPC_CHANNEL, { seq: 91, topics: ['cluster_groups'] });
    sendToPage(CHANGES_IPC_CHANNEL, { seq: 92, topics: ['places'], script: 'alert(1)' });
    sendToPage(CHANGES_IPC_CHANNEL, 'places');
    expect(heard).toEqual([{ seq: 90, topics: ['places'] }]);
    stop();
    // The last subscriber gone: the preload stops listening to the channel.
    expect(pipe.pageListeners.get(CHANGES_IPC_CHANNEL)?.size ?? 0).toBe(0);
    sendToPage(CHANGES_IPC_CHANNEL, { seq: 93, topics: ['places'] });
    expect(heard).toHaveLength(1);
  });

  it('resolves a page’s write once its lists show it, even when the event comes after the answer', async () => {
    pipe.eventDelay = 30;
    const source = bridgeChangeSource(bridge());
    const live = createLiveStore(api(), source);
    const page = waitingForLiveLists(api(), live);
    const stop = live.watch(projectLists.places, () => undefined);
    try {
      await vi.waitFor(() => expect(live.state(projectLists.places.key).status).toBe('ready'));
      await page.createPlace(place('Weinstadtmuseum'));
      const names = (live.state<Place[]>(projectLists.places.key).data ?? []).map((item) => item.name);
      expect(names).toContain('Weinstadtmuseum');

      // A commit made elsewhere (the menu, a job, another window) reaches the list by itself.
      await host.dispatch(CHANNELS.createPlace, place('Karikaturmuseum'));
      await vi.waitFor(() =>
        expect((live.state<Place[]>(projectLists.places.key).data ?? []).map((item) => item.name)).toContain(
          'Karikaturmuseum',
        ),
      );
    } finally {
      stop();
      live.close();
      pipe.eventDelay = 0;
    }
  });
});
