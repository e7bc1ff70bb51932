import { parseChangeEvent, type ChangesBridge } from '../../../shared/api/changes.js';
import type { ChangeSource } from './change-stream.js';

// The desktop app's change events: the preload's `window.itineraChanges` (it registers the IPC
// listener and resolves each API call once the events its answer names were handed on).

export function bridgeChangeSource(bridge: ChangesBridge): ChangeSource {
  return {
    ready: Promise.resolve(),
    subscribe: (listener) =>
      bridge.subscribe((event) => {
        // What crosses the bridge is checked like anything else from outside the page.
        const change = parseChangeEvent(event);
        if (change) listener(change.topics);
      }),
  };
}
