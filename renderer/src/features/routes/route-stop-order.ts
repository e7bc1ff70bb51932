import type { Route, RouteVia } from '../../../../shared/model/schemas.js';

// Where a new stop goes and how stops move, as pure functions of the route's stops: the panel's
// buttons, its drag and the map's clicks all change the order through these.

type Position = readonly [number, number];

/** Metres between two positions, flat locally (fine for ranking detours inside a town). */
function metres(a: Position, b: Position): number {
  const dx = (b[0] - a[0]) * 111_320 * Math.cos((((a[1] + b[1]) / 2) * Math.PI) / 180);
  const dy = (b[1] - a[1]) * 110_574;
  return Math.hypot(dx, dy);
}

/** Whether a route comes back to where it started (its last stop is its first place). */
export function isRoundTrip(stopPlaceIds: readonly number[]): boolean {
  return stopPlaceIds.length > 2 && stopPlaceIds[0] === stopPlaceIds[stopPlaceIds.length - 1];
}

/**
 * The stops with a new one where it lengthens the route least (straight lines between the stops).
 * The start stays the start, and a round trip still ends where it began.
 */
export function insertStop(
  stopPlaceIds: readonly number[],
  positions: readonly Position[],
  placeId: number,
  position: Position,
): number[] {
  const round = isRoundTrip(stopPlaceIds);
  const lastSlot = round ? stopPlaceIds.length - 1 : stopPlaceIds.length;
  let bestSlot = lastSlot;
  let bestCost = Infinity;
  for (let slot = 1; slot <= lastSlot; slot++) {
    const before = positions[slot - 1]!;
    const after = slot < positions.length ? positions[slot] : undefined;
    const cost = after
      ? metres(before, position) + metres(position, after) - metres(before, after)
      : metres(before, position);
    if (cost < bestCost) {
      bestCost = cost;
      bestSlot = slot;
    }
  }
  return [...stopPlaceIds.slice(0, bestSlot), placeId, ...stopPlaceIds.slice(bestSlot)];
}

/** The list with the item at `from` moved to `to` (both indexes into the list as it is). */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const moved = [...items];
  const [item] = moved.splice(from, 1);
  if (item === undefined) return [...items];
  moved.splice(Math.max(0, Math.min(to, moved.length)), 0, item);
  return moved;
}

/** The list without the item at `index`. */
export function withoutItem<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, position) => position !== index);
}

/**
 * The route's via points with one more where its line was dragged: on leg `legIndex`, so the line
 * passes `position` between the waypoints that leg joins (vias keep their order per stop).
 */
export function withVia(
  legs: Route['legs'],
  vias: readonly RouteVia[],
  legIndex: number,
  position: readonly [number, number],
): RouteVia[] {
  let afterStop = 0;
  let ordinal = 0;
  for (let index = 0; index < legIndex && index < legs.length; index++) {
    const toStop = legs[index]!.toStop;
    if (toStop === null) ordinal++;
    else {
      afterStop = toStop;
      ordinal = 0;
    }
  }
  const group = vias.filter((via) => via.afterStop === afterStop);
  group.splice(ordinal, 0, { afterStop, longitude: position[0], latitude: position[1] });
  return [...vias.filter((via) => via.afterStop !== afterStop), ...group];
}
