import type { CategoryId } from '../model/typology.js';

// What an OpenStreetMap import proposes before it writes (the review list) and what it did: the
// features it found to be places the project already has, and the places it removes because the
// category mapping no longer takes them. Types only: the jobs slice carries them in JobStatus.

export interface OsmReviewMatch {
  /** The OSM object, "way/123". */
  osm: string;
  name: string;
  category: CategoryId;
  placeId: number;
  placeName: string;
  placeCategory: CategoryId;
  /** Why they are one place: near-identical names within 50 m, or the same category within 10 m. */
  rule: 'name' | 'category';
  /** Metres between them. */
  distance: number;
  /** Another OSM object of the extract links the place: this one is recognised as the same place and not added. */
  sameAsAnother: boolean;
}

export interface OsmReviewRemoval {
  /** The OSM object the place came from, "node/123". */
  osm: string;
  placeId: number;
  placeName: string;
  placeCategory: CategoryId;
}

/** What an import will write once confirmed (the job waits in phase "review"). */
export interface OsmImportReview {
  matches: OsmReviewMatch[];
  /** Places from OSM that no rule takes any more, untouched and unlinked: removed unless declined. */
  removals: OsmReviewRemoval[];
  added: number;
  /** Places imported before (same OSM object) that change. */
  updated: number;
  unchanged: number;
  /** Places no rule takes any more that stay because a user edited, linked or annotated them. */
  kept: number;
}
