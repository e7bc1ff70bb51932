import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { AnswerWithChanges } from '../../shared/api/changes.js';
import { CHANNELS } from '../../shared/api/channels.js';
import { ApiError } from '../../shared/api/errors.js';
import { messageRef } from '../../shared/i18n/define-messages.js';
import { matchLocale } from '../../shared/i18n/locales.js';
import { apiMessages } from '../../shared/i18n/messages/api.js';
import { createTranslator } from '../../shared/i18n/translator.js';
import type { ProjectHost } from '../services/core/project-host.js';
import { isAppUrl } from './app-protocol.js';

// The IPC transport of the API: one handler per channel, each a straight pass to host.dispatch,
// which validates the payload. The only thing checked here is who is asking. An answer names the
// latest change event sent to the page by then (live lists): the preload resolves the call once
// that event has reached the page's listeners.

export const FOREIGN_SENDER_MESSAGE = apiMessages.foreignSender.defaultMessage;

function fromAppWindow(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const url = event.senderFrame?.url;
  return typeof url === 'string' && url.startsWith(`app://itinera/`) && isAppUrl(url);
}

/** Registers every API channel; returns a function that removes them again. */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  host: Pick<ProjectHost, 'dispatch' | 'changes'>,
): () => void {
  const channels = Object.values(CHANNELS);
  for (const channel of channels) {
    ipcMain.handle(channel, async (event, payload: unknown, locale: unknown): Promise<AnswerWithChanges<unknown>> => {
      const language = matchLocale(typeof locale === 'string' ? locale : undefined);
      if (!fromAppWindow(event)) {
        return {
          ok: false,
          error: new ApiError('invalid-input', messageRef(apiMessages.foreignSender)).toData(
            createTranslator(language),
          ),
        };
      }
      const envelope = await host.dispatch(channel, payload, language);
      return { ...envelope, changes: host.changes.seq() };
    });
  }
  return () => {
    for (const channel of channels) ipcMain.removeHandler(channel);
  };
}
