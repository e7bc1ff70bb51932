import type { MessageDescriptor } from './define-messages.js';
import {
  areaKindMessages,
  categoryMessages,
  eventKindMessages,
  familyMessages,
  fieldTypeMessages,
  groupLevelMessages,
  linkStrengthMessages,
  linkTypeMessages,
  routeModeMessages,
  sectorGroupMessages,
  sectorMessages,
} from './messages/typology.js';
import type { Translator } from './translator.js';

// The typology's labels in the reader's language: `typologyLabel(t, 'category', 'museum')`.

export const TYPOLOGY_MESSAGES = {
  category: categoryMessages,
  family: familyMessages,
  sector: sectorMessages,
  sectorGroup: sectorGroupMessages,
  linkType: linkTypeMessages,
  areaKind: areaKindMessages,
  linkStrength: linkStrengthMessages,
  groupLevel: groupLevelMessages,
  eventKind: eventKindMessages,
  fieldType: fieldTypeMessages,
  routeMode: routeModeMessages,
} as const satisfies Record<string, Record<string, MessageDescriptor>>;

export type TypologyList = keyof typeof TYPOLOGY_MESSAGES;

/** The message of a typology entry, or undefined for an id the typology does not know. */
export function typologyMessage(list: TypologyList, id: string | number): MessageDescriptor | undefined {
  const messages: Record<string, MessageDescriptor> = TYPOLOGY_MESSAGES[list];
  const key = String(id);
  return Object.hasOwn(messages, key) ? messages[key] : undefined;
}

/** The label of a typology entry in the translator's language (the id itself when unknown). */
export function typologyLabel(t: Pick<Translator, 't'>, list: TypologyList, id: string | number): string {
  const message = typologyMessage(list, id);
  return message ? t.t(message) : String(id);
}
