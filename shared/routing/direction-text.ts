import { messageRef, type MessageRef } from '../i18n/define-messages.js';
import { directionMessages as m } from '../i18n/messages/directions.js';
import type { DirectionStep } from './directions.js';

// A direction step as a message (the reader's language makes the words): "Turn left onto
// Wachtertorgasse, 120 m". Distances are rounded as a walker reads them (to 10 m above 100 m).

const camel = (value: string) => value.replace(/[-_](\w)/g, (_, letter: string) => letter.toUpperCase());

function roundedMetres(metres: number): number {
  return metres >= 100 ? Math.round(metres / 10) * 10 : Math.max(1, Math.round(metres));
}

export function wayMessage(step: Pick<DirectionStep, 'street' | 'highway'>): MessageRef | string {
  return step.street !== '' ? step.street : messageRef(m.unnamedWay, { highway: camel(step.highway) });
}

export function directionMessage(step: DirectionStep): MessageRef {
  const way = wayMessage(step);
  const instruction =
    step.kind === 'depart'
      ? messageRef(m.depart, { heading: camel(step.heading ?? 'north'), way })
      : step.kind === 'continue'
        ? messageRef(m.continue, { way })
        : messageRef(m.turn, { turn: camel(step.turn ?? 'straight'), way });
  return messageRef(m.withDistance, { instruction, metres: roundedMetres(step.distanceMetres) });
}
