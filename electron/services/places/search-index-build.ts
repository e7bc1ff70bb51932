import type { ProjectStore } from '../../store/project-store.js';

// Builds the full-text index a large import left to be built (electron/store/search-index.ts):
// from the `itinera reindex` command that `itinera import` starts in the background, and
// from a worker thread when the app is asked to search meanwhile. Whoever comes second finds
// nothing to do (it checks again in its write transaction).

export function buildPendingSearchIndex(store: ProjectStore): number {
  // NOTE: the places' search answers change: open search lists read themselves again.
  return store.places.buildSearchIndex(() => store.touch('places'));
}
