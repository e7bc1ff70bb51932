import type { z } from 'zod';
import { messageRef, type MessageDescriptor, type MessageRef, type MessageValues } from './define-messages.js';
import { fieldMessageFor } from './messages/fields.js';
import { validationMessages } from './messages/validation.js';

// Turns a zod issue into a message a person reads in their language: "Latitude: must be at most
// 90", never a field path or a channel. Generic problems come from the issue's code and limits;
// a schema with a problem of its own declares it with `problem(descriptor)`.

const MARKER = '@i18n:';
const registered = new Map<string, MessageDescriptor>();

/**
 * The message option of a zod check (`.refine(check, problem(messages.endBeforeStart))`): a
 * marker that validation turns back into the message. The descriptor is remembered by id.
 */
export function problem(descriptor: MessageDescriptor, values?: MessageValues): string {
  registered.set(descriptor.id, descriptor);
  return `${MARKER}${JSON.stringify({ id: descriptor.id, values })}`;
}

function markedProblem(message: string): MessageRef | null {
  if (!message.startsWith(MARKER)) return null;
  try {
    const { id, values } = JSON.parse(message.slice(MARKER.length)) as { id: string; values?: MessageValues };
    const descriptor = registered.get(id);
    return descriptor ? messageRef(descriptor, values) : null;
  } catch {
    return null;
  }
}

/** What is wrong, without the field's name ("must be at most 90"). */
export function issueProblem(issue: z.core.$ZodIssue): MessageRef {
  const marked = markedProblem(issue.message);
  if (marked) return marked;
  const m = validationMessages;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? messageRef(m.missing)
        : messageRef(m.invalidType, { expected: issue.expected });
    case 'too_small': {
      const minimum = Number(issue.minimum);
      if (issue.origin === 'string') return messageRef(m.tooShort, { minimum });
      if (issue.origin === 'array' || issue.origin === 'set') return messageRef(m.tooFewItems, { minimum });
      return messageRef(m.tooSmall, { minimum, inclusive: String(issue.inclusive !== false) });
    }
    case 'too_big': {
      const maximum = Number(issue.maximum);
      if (issue.origin === 'string') return messageRef(m.tooLong, { maximum });
      if (issue.origin === 'array' || issue.origin === 'set') return messageRef(m.tooManyItems, { maximum });
      return messageRef(m.tooBig, { maximum, inclusive: String(issue.inclusive !== false) });
    }
    case 'not_multiple_of':
      return messageRef(m.notMultiple, { divisor: Number(issue.divisor) });
    case 'invalid_format':
      return messageRef(m.badFormat, { format: issue.format });
    case 'unrecognized_keys':
      return messageRef(m.unknownFields, { count: issue.keys.length, keys: issue.keys.join(', ') });
    case 'invalid_value':
      return issue.values.length <= 8
        ? messageRef(m.notOneOf, { values: issue.values.map(String).join(', ') })
        : messageRef(m.notKnown);
    default:
      return messageRef(m.invalid);
  }
}

/**
 * A problem of one field, named as a reader knows it: `fieldProblem('changes.parentId', …)` reads
 * "Parent group: …", never the field's path.
 */
export function fieldProblem(path: string | readonly PropertyKey[], problemRef: MessageRef): MessageRef {
  const field = fieldMessageFor(typeof path === 'string' ? path.split('.') : path);
  return messageRef(validationMessages.fieldProblem, {
    field: messageRef(field.descriptor, field.name === undefined ? undefined : { name: field.name }),
    problem: problemRef,
  });
}

/** The whole message: "Latitude: must be at most 90" (the problem alone when no field is at fault). */
export function issueMessage(issue: z.core.$ZodIssue): MessageRef {
  const problemRef = issueProblem(issue);
  if (issue.path.length === 0) return problemRef;
  return fieldProblem(issue.path, problemRef);
}
