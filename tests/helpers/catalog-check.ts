import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

// Checks a translated ICU message against its English source: it parses, names the same values,
// keeps every plural and select with an `other` case and the English select keys, and has no
// English words left in it. Used by the catalog test and by translators (the same rules).

interface Argument {
  kind: 'plain' | 'number' | 'date' | 'time' | 'plural' | 'select';
  options: Set<string>;
}

function collect(elements: MessageFormatElement[], into: Map<string, Argument>): void {
  for (const element of elements) {
    switch (element.type) {
      case TYPE.argument:
      case TYPE.number:
      case TYPE.date:
      case TYPE.time: {
        const kind = (
          { [TYPE.argument]: 'plain', [TYPE.number]: 'number', [TYPE.date]: 'date', [TYPE.time]: 'time' } as const
        )[element.type];
        if (!into.has(element.value)) into.set(element.value, { kind, options: new Set() });
        break;
      }
      case TYPE.plural:
      case TYPE.select: {
        const argument = into.get(element.value) ?? {
          kind: element.type === TYPE.plural ? 'plural' : 'select',
          options: new Set<string>(),
        };
        for (const [key, option] of Object.entries(element.options)) {
          argument.options.add(key);
          collect(option.value, into);
        }
        into.set(element.value, argument);
        break;
      }
      case TYPE.tag:
        collect(element.children, into);
        break;
      default:
        break;
    }
  }
}

export function messageArguments(message: string): Map<string, Argument> {
  const found = new Map<string, Argument>();
  collect(parse(message), found);
  return found;
}

/** The literal text of a message (what a reader sees, without placeholders). */
export function literalText(message: string): string {
  const parts: string[] = [];
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.literal) parts.push(element.value);
      else if (element.type === TYPE.plural || element.type === TYPE.select)
        for (const option of Object.values(element.options)) walk(option.value);
      else if (element.type === TYPE.tag) walk(element.children);
    }
  };
  walk(parse(message));
  return parts.join(' ');
}

/** Words that are English and no word of German, French, Italian, Spanish, Portuguese or Dutch. */
const ENGLISH_WORDS =
  /\b(the|and|with|this|your|please|which|click|cannot|should|would|there|their|from|into|while|choose|nothing|something|everything|when|where|what|after|before|remove|delete|search|cancel|hide|save)\b/i;

export function translationProblems(english: string, translated: string): string[] {
  const problems: string[] = [];
  let theirs: Map<string, Argument>;
  try {
    theirs = messageArguments(translated);
  } catch (error) {
    return [`does not parse as an ICU message (${(error as Error).message})`];
  }
  const ours = messageArguments(english);
  for (const [name, argument] of ours) {
    const other = theirs.get(name);
    if (!other) {
      problems.push(`leaves out {${name}}`);
      continue;
    }
    if (argument.kind === 'plural' || argument.kind === 'select') {
      if (other.kind !== argument.kind) problems.push(`{${name}} must stay a ${argument.kind}`);
      if (!other.options.has('other')) problems.push(`{${name}} needs an "other" case`);
      if (argument.kind === 'select')
        for (const key of argument.options)
          if (!other.options.has(key)) problems.push(`{${name}} lacks the select case "${key}"`);
    } else if (other.kind !== argument.kind && !(argument.kind === 'plain' && other.kind === 'plain')) {
      problems.push(`{${name}} must stay ${argument.kind}`);
    }
  }
  for (const name of theirs.keys())
    if (!ours.has(name)) problems.push(`names {${name}}, which the English does not give`);
  // Command-line options (--from) are names, not English words.
  const words = ENGLISH_WORDS.exec(literalText(translated).replace(/--[\w-]+/g, ''));
  if (words) problems.push(`has the English word "${words[1]}"`);
  return problems;
}
