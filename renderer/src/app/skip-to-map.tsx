import { mapKeyboardMessages as m } from '../../../shared/i18n/messages/ui/map-keyboard.js';
import { useT } from '../i18n/i18n-context.js';
import { focusMap, useMapHandle } from '../map/map-handle.js';

/** The first stop of the Tab key (WCAG's bypass blocks): straight to the map, past the sidebar.
 *  Hidden until the keyboard reaches it. */
export function SkipToMap() {
  const t = useT();
  const mapRef = useMapHandle();
  return (
    <button type="button" className="skip-link" data-testid="skip-to-map" onClick={() => focusMap(mapRef)}>
      {t.t(m.skipToMap)}
    </button>
  );
}
