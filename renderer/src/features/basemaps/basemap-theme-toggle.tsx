import { basemapMessages as m } from '../../../../shared/i18n/messages/ui/basemaps.js';
import { useT } from '../../i18n/i18n-context.js';
import type { BasemapTheme } from './street-basemap.js';

/** The button over the map that switches the street basemap between its light and dark style. */
export function BasemapThemeToggle({ theme, onToggle }: { theme: BasemapTheme; onToggle(): void }) {
  const t = useT();
  return (
    <button
      type="button"
      className="map-view__theme"
      aria-pressed={theme === 'dark'}
      title={t.t(m.themeTitle)}
      onClick={onToggle}
    >
      {theme === 'dark' ? t.t(m.light) : t.t(m.dark)}
    </button>
  );
}
