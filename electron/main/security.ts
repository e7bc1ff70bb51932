import { shell, type Session, type WebContents, type WebPreferences } from 'electron';
import { isAppUrl } from './app-protocol.js';

// The window's security settings and the rules every web contents lives under: it stays on the
// app's origin, opens no windows, attaches no webviews and gets no permissions. Links to the web
// open in the user's browser instead.

/** The renderer's web preferences. The page gets `window.itinera` from the preload and nothing else. */
export function windowWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    navigateOnDragDrop: false,
  };
}

/** Only http and https URLs may leave the app, and only to the OS browser. */
export function isExternalWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

function openInBrowser(url: string): void {
  if (!isExternalWebUrl(url)) return;
  shell.openExternal(url).catch((error: unknown) => console.error(`Itinera could not open ${url}:`, error));
}

type NavigationEvent = { url: string; preventDefault(): void };

/** The app's print view of a guide or a map (app://itinera/index.html?print=guide&…): opened in a window of its own. */
export function isPrintViewUrl(url: string): boolean {
  if (!isAppUrl(url)) return false;
  const print = new URL(url).searchParams.get('print');
  return print === 'guide' || print === 'map';
}

/**
 * Applies the navigation, window and webview rules to one web contents (on `web-contents-created`).
 * `printWindow`: the web preferences of a print view's window (as secure as the main window's);
 * without it, every window.open is sent to the browser instead.
 */
export function hardenWebContents(
  contents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>,
  printWindow?: WebPreferences,
): void {
  const keepOnAppOrigin = (event: NavigationEvent) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    // A plain <a href="https://…"> click navigates; send it to the browser like window.open.
    openInBrowser(event.url);
  };
  contents.on('will-navigate', keepOnAppOrigin);
  contents.on('will-redirect', keepOnAppOrigin);
  contents.setWindowOpenHandler(({ url }) => {
    // A print view (a guide, a map): the app's own page in a window like the main one (sandboxed, no
    // Node), where it prints itself (the system's print dialog, Save as PDF among its printers).
    if (printWindow && isPrintViewUrl(url))
      return {
        action: 'allow',
        overrideBrowserWindowOptions: { width: 900, height: 1100, autoHideMenuBar: true, webPreferences: printWindow },
      };
    openInBrowser(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** The app needs no camera, location, notifications or anything else a page can ask for. */
export function denyAllPermissions(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
