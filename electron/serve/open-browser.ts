import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Serve mode's stand-in for the desktop window: the system's Chromium or Chrome as an app window
// (`--app=URL`: no tabs, no address bar). Returns false when no such browser is installed, so
// the caller can print the URL instead.

function candidates(): string[] {
  const fromEnv = process.env.ITINERA_BROWSER ? [process.env.ITINERA_BROWSER] : [];
  switch (process.platform) {
    case 'darwin':
      return [
        ...fromEnv,
        '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
        '/Applications/Chromium.app/Contents/MacOS/Chromium',
        '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
      ];
    case 'win32': {
      const roots = [process.env['PROGRAMFILES'], process.env['PROGRAMFILES(X86)'], process.env['LOCALAPPDATA']];
      return [
        ...fromEnv,
        ...roots
          .filter((root): root is string => Boolean(root))
          .flatMap((root) => [
            path.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
            path.join(root, 'Chromium', 'Application', 'chrome.exe'),
            path.join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
          ]),
      ];
    }
    default: {
      const names = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge'];
      const dirs = (process.env.PATH ?? '').split(path.delimiter).filter(Boolean);
      return [...fromEnv, ...names.flatMap((name) => dirs.map((dir) => path.join(dir, name)))];
    }
  }
}

export function findBrowser(): string | null {
  for (const candidate of candidates()) {
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // try the next one
    }
  }
  return null;
}

/** Opens `url` in an app window; resolves to the browser used, or null when none was found. */
/** On Linux without a display (a server, SSH, CI) no window can open: print the URL instead. */
export function hasDisplay(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): boolean {
  if (platform === 'win32' || platform === 'darwin') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

export function openAppWindow(url: string): string | null {
  if (!hasDisplay()) return null;
  const browser = findBrowser();
  if (!browser) return null;
  // A profile of its own keeps the app window apart from the user's browsing session.
  const profile = path.join(os.tmpdir(), 'itinera-browser-profile');
  const child = spawn(
    browser,
    [
      `--app=${url}`,
      `--user-data-dir=${profile}`,
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--window-size=1280,820',
    ],
    { detached: true, stdio: 'ignore' },
  );
  child.on('error', () => undefined);
  child.unref();
  return browser;
}
