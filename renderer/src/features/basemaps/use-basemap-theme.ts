import { useCallback, useState } from 'react';
import type { BasemapTheme } from './street-basemap.js';

// The basemap's light or dark style, remembered on this machine (not in the project: it is a
// matter of the room and the screen, not of the data).

const STORAGE_KEY = 'itinera.basemapTheme';

function storedTheme(): BasemapTheme {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === 'dark' ? 'dark' : 'light';
  } catch {
    // NOTE: storage can be disabled; the theme then lasts for this page only.
    return 'light';
  }
}

export function useBasemapTheme(): [BasemapTheme, () => void] {
  const [theme, setTheme] = useState<BasemapTheme>(storedTheme);
  const toggle = useCallback(() => {
    setTheme((current) => {
      const next = current === 'dark' ? 'light' : 'dark';
      try {
        window.localStorage.setItem(STORAGE_KEY, next);
      } catch {
        // See storedTheme.
      }
      return next;
    });
  }, []);
  return [theme, toggle];
}
