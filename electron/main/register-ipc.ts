import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { CHANNELS } from '../../shared/api/channels.js';
import { ApiError, type Envelope } from '../../shared/api/errors.js';
import { messageRef } from '../../shared/i18n/define-messages.js';
import { matchLocale } from '../../shared/i18n/locales.js';
import { apiMessages } from '../../shared/i18n/messages/api.js';
import { createTranslator } from '../../shared/i18n/translator.js';
import type { ProjectHost } from '../services/core/project-host.js';
import { isAppUrl } from './app-protocol.js';

// The IPC transport of the API: one handler per channel, each a straight pass to host.dispatch,
// which validates the payload. The only thing checked here is who is asking.

export const FOREIGN_SENDER_MESSAGE = apiMessages.foreignSender.defaultMessage;

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
    ipcMain.handle(channel, async (event, payload: unknown, locale: unknown): Promise<Envelope<unknown>> => {
      const language = matchLocale(typeof locale === 'string' ? locale : undefined);
      if (!fromAppWindow(event)) {
        return {
          ok: false,
          error: new ApiError('invalid-input', messageRef(apiMessages.foreignSender)).toData(
            createTranslator(language),
          ),
        };
      }
      return host.dispatch(channel, payload, language);
    });
  }
  return () => {
    for (const channel of channels) ipcMain.removeHandler(channel);
  };
}
