// Messages are declared as FormatJS descriptors: an id (stable, stored in project files for undo
// labels), the English text as an ICU message, and a description for translators. `formatjs
// extract --throws` reads these calls (npm run i18n:extract writes locales/en.json from them).

export interface MessageDescriptor {
  readonly id: string;
  readonly defaultMessage: string;
  readonly description: string;
}

/** A value put into a message: text, a number, a date, or another message (a label inside a sentence). */
export type MessageValue = string | number | boolean | Date | null | undefined | MessageRef;
export type MessageValues = Readonly<Record<string, MessageValue>>;

/**
 * A message to be shown later, in whatever language the reader has: what API errors, undo labels
 * and job results carry. Plain JSON (it travels over IPC and HTTP and is stored in the file).
 */
export interface MessageRef {
  readonly id: string;
  /** The English text, so a label stored by this version still reads well if a later one drops the id. */
  readonly defaultMessage: string;
  readonly values?: Readonly<Record<string, MessageValue>>;
}

export function defineMessages<Messages extends Record<string, MessageDescriptor>>(messages: Messages): Messages {
  return messages;
}

export function defineMessage(message: MessageDescriptor): MessageDescriptor {
  return message;
}

/** A message with its values, to be formatted where it is shown. */
export function messageRef(descriptor: MessageDescriptor, values?: MessageValues): MessageRef {
  return values === undefined
    ? { id: descriptor.id, defaultMessage: descriptor.defaultMessage }
    : { id: descriptor.id, defaultMessage: descriptor.defaultMessage, values };
}

export function isMessageRef(value: unknown): value is MessageRef {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as MessageRef).id === 'string' &&
    typeof (value as MessageRef).defaultMessage === 'string'
  );
}
