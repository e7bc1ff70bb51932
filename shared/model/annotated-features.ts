// The features that carry attachments and annotations, without zod (attachment-schemas.ts has the
// schemas): the store reads them without loading zod's schemas.

/** Features that carry attachments and annotations (quarter = any area), and the table of each. */
export const ANNOTATED_FEATURE_TABLES = {
  place: 'places',
  quarter: 'quarters',
  route: 'routes',
  event: 'events',
  group: 'cluster_groups',
} as const;
export type AnnotatedFeatureType = keyof typeof ANNOTATED_FEATURE_TABLES;
export const ANNOTATED_FEATURE_TYPES = Object.keys(ANNOTATED_FEATURE_TABLES) as AnnotatedFeatureType[];
