// What happens in an open project that other features react to. Emitted inside the edit's
// transaction (see event-bus.ts), after the rows named are written.

export interface ProjectEvents {
  /** Places got a new position. */
  'places-moved': { placeIds: readonly number[] };
  /**
   * Places are about to be deleted: their rows, and the rows that go with them (links, route
   * stops, memberships), are still there for a listener to read what depends on them.
   */
  'places-deleting': { placeIds: readonly number[] };
  /** Places were deleted, with the rows that cascade from them. */
  'places-deleted': { placeIds: readonly number[] };
}
