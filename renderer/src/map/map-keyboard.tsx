import type { Map as MapLibreMap } from 'maplibre-gl';
import { useCallback, useEffect, useId, useState } from 'react';
import type { MessageDescriptor } from '../../../shared/i18n/define-messages.js';
import { mapKeyboardMessages as m } from '../../../shared/i18n/messages/ui/map-keyboard.js';
import { useT } from '../i18n/i18n-context.js';
import { noticeText, type Notice } from '../i18n/notice.js';
import type { KeyboardTool } from './keyboard-drawing.js';

// What the map shows and says for the keyboard (keyboard-drawing.ts does what the keys do): the
// canvas is described to screen readers (how to use it with the tool that is on); while it has
// keyboard focus, the same help shows over the map and, with a drawing tool on, a crosshair marks
// the centre where Enter acts; each step taken is read out from a polite live region.

const HELP: Record<KeyboardTool | 'browse', MessageDescriptor> = {
  browse: m.helpBrowse,
  place: m.helpPlace,
  area: m.helpArea,
  route: m.helpRoute,
};

export interface Announcement {
  notice: Notice;
  /** Counts announcements, so the same words twice in a row are read twice. */
  serial: number;
}

/** The latest announcement, and how to make one. */
export function useAnnouncer(): [Announcement | null, (notice: Notice) => void] {
  const [announcement, setAnnouncement] = useState<Announcement | null>(null);
  const announce = useCallback(
    (notice: Notice) => setAnnouncement((previous) => ({ notice, serial: (previous?.serial ?? 0) + 1 })),
    [],
  );
  return [announcement, announce];
}

/** Whether the map's canvas has focus from the keyboard (:focus-visible, not a mouse click). */
export function useKeyboardFocus(map: MapLibreMap | null): boolean {
  const [focused, setFocused] = useState(false);
  useEffect(() => {
    if (!map) return;
    const canvas = map.getCanvas();
    const update = () => setFocused(document.activeElement === canvas && canvas.matches(':focus-visible'));
    const leave = () => setFocused(false);
    // A click on the map while it has focus puts the pointer in charge; a key press, the keyboard.
    const keyboard = () => setFocused(true);
    canvas.addEventListener('focus', update);
    canvas.addEventListener('blur', leave);
    canvas.addEventListener('pointerdown', leave);
    canvas.addEventListener('keydown', keyboard);
    update();
    return () => {
      canvas.removeEventListener('focus', update);
      canvas.removeEventListener('blur', leave);
      canvas.removeEventListener('pointerdown', leave);
      canvas.removeEventListener('keydown', keyboard);
    };
  }, [map]);
  return focused;
}

/** Four strokes round a dot, dark on a white halo (seen on light and dark maps); the gap leaves
 *  what is drawn at the centre (a corner just added) in view. */
function Crosshair() {
  const strokes = 'M20 2v11M20 27v11M2 20h11M27 20h11';
  return (
    <svg className="map-view__crosshair" viewBox="0 0 40 40" aria-hidden="true" data-testid="map-crosshair">
      <path d={strokes} stroke="#fff" strokeWidth="5" strokeLinecap="round" />
      <path d={strokes} stroke="#111" strokeWidth="2" strokeLinecap="round" />
      <circle cx="20" cy="20" r="2" fill="#111" stroke="#fff" strokeWidth="1.5" />
    </svg>
  );
}

export function MapKeyboard({
  map,
  tool,
  focused,
  showHelp,
  announcement,
}: {
  map: MapLibreMap | null;
  tool: KeyboardTool | null;
  /** The canvas has keyboard focus (useKeyboardFocus). */
  focused: boolean;
  /** Whether the help shows over the map (in the place of the tool's own hint). */
  showHelp: boolean;
  announcement: Announcement | null;
}) {
  const t = useT();
  const helpId = useId();
  useEffect(() => {
    map?.getCanvas().setAttribute('aria-describedby', helpId);
  }, [map, helpId]);
  const help = t.t(HELP[tool ?? 'browse']);
  // NOTE: a no-break space on every other announcement makes a repeated sentence new text, which
  // screen readers read again.
  const spoken = announcement ? noticeText(t, announcement.notice) + (announcement.serial % 2 ? '' : '\u00a0') : '';
  return (
    <>
      <p id={helpId} className="visually-hidden">
        {help}
      </p>
      {showHelp && (
        // The canvas's description reads the same words: screen readers need not hear them twice.
        <p className="map-view__hint map-view__hint--keyboard" aria-hidden="true" data-testid="map-keyboard-help">
          {help}
        </p>
      )}
      {focused && tool && <Crosshair />}
      <p className="visually-hidden" role="status" data-testid="map-announcement">
        {spoken}
      </p>
    </>
  );
}
