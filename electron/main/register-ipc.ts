import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { CHANNELS } from '../../shared/api/channels.js';
import type { Envelope } from '../../shared/api/errors.js';
import type { ProjectHost } from '../services/project-host.js';
import { isAppUrl } from './app-protocol.js';

// The IPC transport of the API: one handler per channel, each a straight pass to host.dispatch,
// which validates the payload. The only thing checked here is who is asking.

export const FOREIGN_SENDER_MESSAGE = 'This request was refused: it did not come from the Itinera window.';

function fromAppWindow(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const url = event.senderFrame?.url;
  return typeof url === 'string' && url.startsWith(`app://itinera/`) && isAppUrl(url);
}

/** Registers every API channel; returns a function that removes them again. */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  host: Pick<ProjectHost, 'dispatch'>,
): () => void {
  const channels = Object.values(CHANNELS);
  for (const channel of channels) {
    ipcMain.handle(channel, async (event, payload: unknown): Promise<Envelope<unknown>> => {
      if (!fromAppWindow(event))
        return { ok: false, error: { code: 'invalid-input', message: FOREIGN_SENDER_MESSAGE } };
      return host.dispatch(channel, payload);
    });
  }
  return () => {
    for (const channel of channels) ipcMain.removeHandler(channel);
  };
}
