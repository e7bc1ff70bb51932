import type { BrowserWindow } from 'electron';
import { CHANGES_IPC_CHANNEL } from '../../shared/api/changes.js';
import type { ChangeFeed } from '../services/core/change-feed.js';

// Live lists on the desktop: every change event of the backend goes to the window's page as one
// IPC message; the preload hands it to `window.itineraChanges` listeners. No window (closed, or not
// yet open): nothing to tell; a page that (re)loads reads its lists afresh anyway.

export function forwardChanges(
  changes: Pick<ChangeFeed, 'subscribe'>,
  window: () => Pick<BrowserWindow, 'isDestroyed' | 'webContents'> | null,
): () => void {
  return changes.subscribe((event) => {
    const target = window();
    if (!target || target.isDestroyed()) return;
    target.webContents.send(CHANGES_IPC_CHANNEL, event);
  });
}
