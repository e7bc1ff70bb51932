import type { Session, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// Every web contents stays on app://itinera: navigation elsewhere is stopped, new windows are
// denied, webviews cannot attach, no permission is granted, and only http(s) links reach the OS
// browser.

const electron = vi.hoisted(() => ({ shell: { openExternal: vi.fn((_url: string) => Promise.resolve()) } }));
vi.mock('electron', () => electron);

const { hardenWebContents, denyAllPermissions } = await import('../../../electron/main/security.js');

type Listener = (...args: unknown[]) => void;
type OpenHandler = (details: { url: string }) => { action: string };

function fakeContents(printWindow?: Parameters<typeof hardenWebContents>[1]) {
  const listeners = new Map<string, Listener[]>();
  let openHandler: OpenHandler | undefined;
  const contents = {
    on(event: string, listener: Listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return contents;
    },
    setWindowOpenHandler(handler: OpenHandler) {
      openHandler = handler;
    },
  };
  hardenWebContents(contents as unknown as WebContents, printWindow);
  return {
    /** Fires a navigation event; true when some listener prevented it. */
    navigate(event: 'will-navigate' | 'will-redirect', url: string): boolean {
      const navigation = { url, preventDefault: vi.fn() };
      const registered = listeners.get(event) ?? [];
      expect(registered.length).toBeGreaterThan(0);
      for (const listener of registered) listener(navigation, url);
      return navigation.preventDefault.mock.calls.length > 0;
    },
    open(url: string) {
      if (!openHandler) throw new Error('no window open handler was set');
      return openHandler({ url });
    },
    attachWebview(): boolean {
      const event = { preventDefault: vi.fn() };
      for (const listener of listeners.get('will-attach-webview') ?? []) listener(event, {}, {});
      return event.preventDefault.mock.calls.length > 0;
    },
  };
}

const openedExternally = () => electron.shell.openExternal.mock.calls.map(([url]) => url);

describe('navigation and new windows', () => {
  beforeEach(() => {
    electron.shell.openExternal.mockClear();
  });

  it('opens only the print views of the app (a guide, a map) in a window of its own, with the sandboxed preferences given', () => {
    const preferences = { sandbox: true, contextIsolation: true, nodeIntegration: false };
    const contents = fakeContents(preferences);
    const print = contents.open('app://itinera/index.html?print=guide&route=3&paper=a5') as {
      action: string;
      overrideBrowserWindowOptions?: { webPreferences?: unknown };
    };
    expect(print.action).toBe('allow');
    expect(print.overrideBrowserWindowOptions?.webPreferences).toBe(preferences);
    expect(contents.open('app://itinera/index.html?print=map&area=2&paper=a3').action).toBe('allow');
    for (const url of [
      'app://itinera/index.html',
      'app://itinera/index.html?print=settings',
      'https://example.org/?print=map&area=2',
      'app://other/index.html?print=guide',
      'https://example.org/?print=guide',
    ])
      expect(contents.open(url).action).toBe('deny');
    // Without print preferences every window is denied, the print view's too.
    expect(fakeContents().open('app://itinera/index.html?print=guide&route=3').action).toBe('deny');
  });

  it('lets the page move within app://itinera', () => {
    const contents = fakeContents();
    expect(contents.navigate('will-navigate', 'app://itinera/index.html')).toBe(false);
    expect(contents.navigate('will-navigate', 'app://itinera/index.html?place=4#map')).toBe(false);
    expect(openedExternally()).toEqual([]);
  });

  it.each(['will-navigate', 'will-redirect'] as const)(
    'stops %s to an external site and opens it in the browser instead',
    (event) => {
      const contents = fakeContents();
      expect(contents.navigate(event, 'https://example.org/about')).toBe(true);
      expect(openedExternally()).toEqual(['https://example.org/about']);
    },
  );

  it.each([
    'app://itinera.example.org/index.html',
    'app://other/index.html',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'http://127.0.0.1:8080/',
  ])('stops navigation to %s', (url) => {
    expect(fakeContents().navigate('will-navigate', url)).toBe(true);
  });

  it('denies window.open and opens http and https links in the OS browser', () => {
    const contents = fakeContents();
    expect(contents.open('https://www.krems.gv.at/')).toEqual({ action: 'deny' });
    expect(contents.open('http://example.org/')).toEqual({ action: 'deny' });
    expect(openedExternally()).toEqual(['https://www.krems.gv.at/', 'http://example.org/']);
  });

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'smb://server/share',
    'mailto:someone@example.org',
    'not a url',
  ])('never hands %s to the OS', (url) => {
    const contents = fakeContents();
    expect(contents.open(url)).toEqual({ action: 'deny' });
    expect(contents.navigate('will-navigate', url)).toBe(true);
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
  });

  it('denies a second window even on the app origin, without involving the OS', () => {
    expect(fakeContents().open('app://itinera/index.html')).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
  });

  it('refuses to attach a webview', () => {
    expect(fakeContents().attachWebview()).toBe(true);
  });
});

describe('permissions', () => {
  it('denies every permission request and check', () => {
    let requestHandler: ((...args: unknown[]) => void) | null = null;
    let checkHandler: ((...args: unknown[]) => boolean) | null = null;
    const session = {
      setPermissionRequestHandler: (handler: typeof requestHandler) => (requestHandler = handler),
      setPermissionCheckHandler: (handler: typeof checkHandler) => (checkHandler = handler),
    };
    denyAllPermissions(session as unknown as Session);
    for (const permission of ['geolocation', 'media', 'notifications', 'openExternal', 'clipboard-read']) {
      const callback = vi.fn();
      requestHandler!({}, permission, callback, {});
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
      expect(checkHandler!({}, permission, 'app://itinera', {})).toBe(false);
    }
  });
});
