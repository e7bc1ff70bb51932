import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './app-protocol.js';
import { windowWebPreferences } from './security.js';

// The one application window. It shows the renderer from app://itinera/ under the preferences of
// security.ts; its title names the open project and the page cannot change it.

export interface MainWindowOptions {
  preloadPath: string;
  title: string;
}

export function createMainWindow({ preloadPath, title }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 720,
    minHeight: 480,
    title,
    show: false,
    backgroundColor: '#f4f1ea',
    webPreferences: windowWebPreferences(preloadPath),
  });
  window.on('page-title-updated', (event) => event.preventDefault());
  window.once('ready-to-show', () => window.show());
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => console.error('Itinera could not load its window:', error));
  return window;
}
