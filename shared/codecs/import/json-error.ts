// Where a JSON text first breaks the grammar, and what is found there. JSON.parse says only "is
// not valid JSON" with a snippet that differs between engines (and none for some errors), so a
// broken file used to be blamed on its last line. A small scanner (iterative: nesting depth costs
// no stack) finds the offset itself; called only after JSON.parse failed.

export interface JsonError {
  /** Offset of the first character that does not fit (the text's length when it ends too early). */
  offset: number;
  /** The offending text (a character or a word), or null when the text ends too early. */
  found: string | null;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WORD = /true|false|null/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

export function findJsonError(text: string): JsonError | null {
  let offset = 0;
  const containers: ('{' | '[')[] = [];
  type Expect = 'value' | 'value-or-end' | 'key' | 'key-or-end' | 'colon' | 'comma-or-end';
  let expect = 'value' as Expect;
  let done = false;
  const skipSpace = () => {
    while (offset < text.length && ' \t\n\r'.includes(text[offset] as string)) offset++;
  };
  const fail = (): JsonError => {
    if (offset >= text.length) return { offset: text.length, found: null };
    const slice = text.slice(offset, offset + 42);
    const word = /^"(?:[^"\\\n]|\\.){0,40}"?|^[\w.+-]{1,40}/.exec(slice)?.[0];
    return { offset, found: word ?? String.fromCodePoint(text.codePointAt(offset) ?? 0) };
  };
  /** Scans a string starting at a quote; false when it is malformed (offset at the fault). */
  const scanString = (): boolean => {
    offset++;
    while (offset < text.length) {
      const character = text[offset] as string;
      if (character === '"') {
        offset++;
        return true;
      }
      if (character === '\\') {
        ESCAPE.lastIndex = offset;
        if (!ESCAPE.test(text)) return false;
        offset = ESCAPE.lastIndex;
        continue;
      }
      if (character.charCodeAt(0) < 0x20) return false;
      offset++;
    }
    return false;
  };
  const afterValue = () => {
    expect = containers.length === 0 ? 'value' : 'comma-or-end';
    if (containers.length === 0) done = true;
  };
  while (true) {
    skipSpace();
    if (done) return offset < text.length ? fail() : null;
    if (offset >= text.length) return fail();
    const character = text[offset] as string;
    if (expect === 'colon') {
      if (character !== ':') return fail();
      offset++;
      expect = 'value';
      continue;
    }
    if (expect === 'comma-or-end') {
      const open = containers[containers.length - 1];
      if (character === ',') {
        offset++;
        expect = open === '{' ? 'key' : 'value';
      } else if ((character === '}' && open === '{') || (character === ']' && open === '[')) {
        offset++;
        containers.pop();
        afterValue();
      } else return fail();
      continue;
    }
    if (expect === 'key' || expect === 'key-or-end') {
      if (character === '}' && expect === 'key-or-end') {
        offset++;
        containers.pop();
        afterValue();
      } else if (character === '"') {
        if (!scanString()) return fail();
        expect = 'colon';
      } else return fail();
      continue;
    }
    // A value (or, right after "[", the end of an empty array).
    if (character === ']' && expect === 'value-or-end') {
      offset++;
      containers.pop();
      afterValue();
    } else if (character === '{') {
      offset++;
      containers.push('{');
      expect = 'key-or-end';
    } else if (character === '[') {
      offset++;
      containers.push('[');
      expect = 'value-or-end';
    } else if (character === '"') {
      if (!scanString()) return fail();
      afterValue();
    } else {
      for (const pattern of [NUMBER, WORD]) pattern.lastIndex = offset;
      const match = NUMBER.exec(text) ?? WORD.exec(text);
      if (!match || match[0] === '') return fail();
      offset += match[0].length;
      afterValue();
    }
  }
}
