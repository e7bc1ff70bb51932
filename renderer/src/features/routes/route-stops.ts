import { messageRef, type MessageRef } from '../../../../shared/i18n/define-messages.js';
import { routeMessages as m } from '../../../../shared/i18n/messages/ui/routes.js';

export function positionKey([longitude, latitude]: readonly number[]): string {
  return `${longitude},${latitude}`;
}

/** Route stops from drawn positions: each must be a place's position; repeats in a row merge. */
export function routeStopsFromPositions(
  positions: readonly (readonly number[])[],
  placeIdAt: ReadonlyMap<string, number>,
): { stopPlaceIds: number[] } | { problem: MessageRef } {
  const stopPlaceIds: number[] = [];
  for (const position of positions) {
    const id = placeIdAt.get(positionKey(position));
    if (id === undefined) return { problem: messageRef(m.stopNotOnPlace) };
    if (stopPlaceIds.at(-1) !== id) stopPlaceIds.push(id);
  }
  if (new Set(stopPlaceIds).size < 2) return { problem: messageRef(m.needsTwoStops) };
  return { stopPlaceIds };
}
