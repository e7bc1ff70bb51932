import type { ClusterEvent, Group } from '../model/schemas.js';

/**
 * The places of each group, nested groups included (a regional cluster holds its quarters'
 * members). Computed once per list of groups; a cycle in the parents cannot loop.
 */
export function createGroupMembers(groups: readonly Group[]): (groupId: number) => ReadonlySet<number> | undefined {
  const byId = new Map(groups.map((group) => [group.id, group]));
  const children = new Map<number, number[]>();
  for (const group of groups)
    if (group.parentId !== null) children.set(group.parentId, [...(children.get(group.parentId) ?? []), group.id]);
  const cache = new Map<number, Set<number>>();
  return (groupId) => {
    if (!byId.has(groupId)) return undefined;
    const cached = cache.get(groupId);
    if (cached) return cached;
    const members = new Set<number>();
    const visited = new Set<number>();
    const pending = [groupId];
    while (pending.length > 0) {
      const id = pending.pop() as number;
      if (visited.has(id)) continue;
      visited.add(id);
      for (const placeId of byId.get(id)?.placeIds ?? []) members.add(placeId);
      pending.push(...(children.get(id) ?? []));
    }
    cache.set(groupId, members);
    return members;
  };
}

/** The events each place takes part in (as venue or participant), as day ranges. */
export function createEventDays(
  events: readonly ClusterEvent[],
): (placeId: number) => readonly { start: string; end: string }[] | undefined {
  const byPlace = new Map<number, { start: string; end: string }[]>();
  for (const event of events) {
    const days = { start: event.startDate, end: event.endDate };
    const places = new Set(event.participantPlaceIds);
    if (event.venuePlaceId !== null) places.add(event.venuePlaceId);
    for (const placeId of places) byPlace.set(placeId, [...(byPlace.get(placeId) ?? []), days]);
  }
  return (placeId) => byPlace.get(placeId);
}
