import type { Map as MapLibreMap } from 'maplibre-gl';
import { LAYER } from './map-ids.js';

// Shift+drag on the map draws a box and picks the places inside it; Shift+click adds or removes
// the place under the pointer (the edit tool's multi-select).
// MapLibre's own Shift+drag (box zoom) is switched off while this is enabled. The box is a plain
// element moved on each pointer event: no React render per move.

export interface BoxSelect {
  detach(): void;
}

export function attachBoxSelect(
  map: MapLibreMap,
  options: { isEnabled(): boolean; onPick(ids: number[], toggle: boolean): void },
): BoxSelect {
  const container = map.getCanvasContainer();
  let start: { x: number; y: number } | null = null;
  let box: HTMLDivElement | null = null;

  function point(event: MouseEvent): { x: number; y: number } {
    const rect = container.getBoundingClientRect();
    return { x: event.clientX - rect.left - container.clientLeft, y: event.clientY - rect.top - container.clientTop };
  }

  const onMouseMove = (event: MouseEvent) => {
    if (!start) return;
    const current = point(event);
    if (!box) {
      box = document.createElement('div');
      box.className = 'map-view__box';
      box.dataset.testid = 'box-select';
      container.appendChild(box);
    }
    box.style.left = `${Math.min(start.x, current.x)}px`;
    box.style.top = `${Math.min(start.y, current.y)}px`;
    box.style.width = `${Math.abs(current.x - start.x)}px`;
    box.style.height = `${Math.abs(current.y - start.y)}px`;
  };

  const onMouseUp = (event: MouseEvent) => {
    window.removeEventListener('mousemove', onMouseMove);
    window.removeEventListener('mouseup', onMouseUp);
    const from = start;
    start = null;
    box?.remove();
    box = null;
    map.dragPan.enable();
    if (!from) return;
    const to = point(event);
    if (Math.abs(to.x - from.x) < 4 && Math.abs(to.y - from.y) < 4) {
      const hit = map.queryRenderedFeatures(
        [
          [to.x - 4, to.y - 4],
          [to.x + 4, to.y + 4],
        ],
        { layers: [LAYER.placeCircles] },
      )[0];
      if (typeof hit?.id === 'number') options.onPick([hit.id], true);
      return;
    }
    const features = map.queryRenderedFeatures(
      [
        [Math.min(from.x, to.x), Math.min(from.y, to.y)],
        [Math.max(from.x, to.x), Math.max(from.y, to.y)],
      ],
      { layers: [LAYER.placeCircles] },
    );
    const ids = new Set<number>();
    for (const feature of features) if (typeof feature.id === 'number') ids.add(feature.id);
    options.onPick([...ids], false);
  };

  const onMouseDown = (event: MouseEvent) => {
    if (!options.isEnabled() || !event.shiftKey || event.button !== 0) return;
    // NOTE: capture phase and stopPropagation, so neither MapLibre's box zoom nor a place drag starts.
    event.stopPropagation();
    event.preventDefault();
    map.dragPan.disable();
    start = point(event);
    window.addEventListener('mousemove', onMouseMove);
    window.addEventListener('mouseup', onMouseUp);
  };

  container.addEventListener('mousedown', onMouseDown, true);
  return {
    detach() {
      container.removeEventListener('mousedown', onMouseDown, true);
      window.removeEventListener('mousemove', onMouseMove);
      window.removeEventListener('mouseup', onMouseUp);
      box?.remove();
    },
  };
}
