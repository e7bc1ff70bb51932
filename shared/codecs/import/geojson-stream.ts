// A GeoJSON FeatureCollection read in pieces: the text is split into its features' texts (each
// then parsed on its own with JSON.parse), so a large file never needs to be one string or one
// parsed object. Only the structure around the features is followed here (the root object, its
// members, the `features` array, strings and nesting); the root's other members are kept when
// small (`type`, `name`). Anything this does not expect (a root that is not an object, a missing
// comma, a second `features`) ends the split with NotStreamable: the caller then reads the whole
// file as before, which also finds where a broken file breaks.

export class NotStreamable extends Error {
  constructor(why: string) {
    super(`not a streamable FeatureCollection: ${why}`);
    this.name = 'NotStreamable';
  }
}

/** Root members other than `features` longer than this are not kept (only `type` and `name` are read). */
const MAX_MEMBER_CHARACTERS = 64 * 1024;

const SPACE = (code: number) => code === 32 || code === 10 || code === 13 || code === 9;

type State =
  | 'start' // before the root object
  | 'key' // in the root: before a member's key, or its closing brace
  | 'colon' // after a key
  | 'value' // before a member's value
  | 'member' // in a member's value (other than features)
  | 'array' // in features: before an element or the closing bracket
  | 'element' // in a feature's text
  | 'next' // in features: after an element
  | 'after' // in the root: after a member
  | 'end'; // after the root object

export interface GeoJsonSplitter {
  push(text: string): void;
  /** The root's members other than `features`, parsed (those too long are left out). */
  end(): Record<string, unknown>;
}

export function createGeoJsonSplitter(onFeature: (text: string) => void): GeoJsonSplitter {
  let state: State = 'start';
  let depth = 0; // nesting inside the current element or member value
  let inString = false;
  let escaped = false;
  let captured = ''; // the current key's, element's or member's text read so far
  let key = '';
  let sawFeatures = false;
  let sawMember = false;
  let afterComma = false; // in features, after a comma (an element must follow)
  let kept = true; // the current member is short enough to keep
  const members: Record<string, unknown> = {};

  /** The element or member value just read (in `captured`) is complete. */
  const finishValue = () => {
    if (state === 'element') {
      onFeature(captured);
      state = 'next';
    } else {
      if (kept) {
        try {
          members[key] = JSON.parse(captured);
        } catch {
          throw new NotStreamable('a member of the root is not valid JSON');
        }
      }
      state = 'after';
    }
    captured = '';
  };

  /** A value (feature or member) starts at text[i]. */
  const startValue = (code: number) => {
    captured = '';
    depth = code === 123 || code === 91 ? 1 : 0;
    inString = code === 34;
    kept = true;
  };

  function push(text: string): void {
    let start = 0; // where this piece's part of the capture begins
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (inString) {
        if (escaped) escaped = false;
        else if (code === 92) escaped = true;
        else if (code === 34) {
          inString = false;
          if (state === 'key') {
            key = JSON.parse(captured + text.slice(start, i + 1)) as string;
            captured = '';
            state = 'colon';
          } else if (depth === 0) {
            captured += text.slice(start, i + 1);
            finishValue();
          }
        }
        continue;
      }
      if (state === 'element' || state === 'member') {
        if (code === 34) inString = true;
        else if (code === 123 || code === 91) depth++;
        else if ((code === 125 || code === 93) && depth > 0) {
          if (--depth === 0) {
            captured += text.slice(start, i + 1);
            finishValue();
          }
        } else if ((code === 44 || code === 125 || code === 93) && depth === 0) {
          // The end of a bare value (a number, true, false, null): the comma or bracket after it
          // is read again in the state after the value.
          captured += text.slice(start, i);
          finishValue();
          i--;
        }
        continue;
      }
      if (SPACE(code) || (state === 'start' && code === 0xfeff)) continue;
      switch (state) {
        case 'start':
          if (code !== 123) throw new NotStreamable('the root is not an object');
          state = 'key';
          break;
        case 'key':
          if (code === 125 && !sawMember) state = 'end';
          else if (code === 34) {
            inString = true;
            start = i;
            captured = '';
          } else throw new NotStreamable('a key was expected');
          break;
        case 'colon':
          if (code !== 58) throw new NotStreamable('a colon was expected');
          state = 'value';
          sawMember = true;
          break;
        case 'value':
          if (key === 'features' && code === 91) {
            if (sawFeatures) throw new NotStreamable('two features members');
            sawFeatures = true;
            state = 'array';
          } else {
            if (key === 'features') throw new NotStreamable('features is not an array');
            state = 'member';
            start = i;
            startValue(code);
          }
          break;
        case 'array':
        case 'next':
          if (code === 93) {
            if (state === 'array' && afterComma) throw new NotStreamable('a comma before the end of the features');
            state = 'after';
          } else if (state === 'next') {
            if (code !== 44) throw new NotStreamable('a comma was expected between features');
            state = 'array';
            afterComma = true;
          } else {
            state = 'element';
            start = i;
            startValue(code);
          }
          break;
        case 'after':
          if (code === 44) state = 'key';
          else if (code === 125) state = 'end';
          else throw new NotStreamable('a comma or the end of the object was expected');
          break;
        case 'end':
          throw new NotStreamable('text after the root object');
        default:
          break;
      }
    }
    // The rest of this piece belongs to the key or value being read.
    if (state === 'element' || state === 'member' || (state === 'key' && inString)) {
      captured += text.slice(start);
      if (state === 'member' && captured.length > MAX_MEMBER_CHARACTERS) {
        kept = false;
        captured = '';
      }
    }
  }

  return {
    push,
    end() {
      if (state !== 'end') throw new NotStreamable('the text ends before the root object does');
      if (!sawFeatures) throw new NotStreamable('no features array');
      return members;
    },
  };
}

/**
 * The texts of a JSON object's members named in `names` (the others are skipped, not parsed),
 * or null when the text is not an object this can read (the caller then parses it whole). A
 * first reading of a large feature needs its properties, not its thousands of positions.
 */
export function memberTexts(text: string, names: ReadonlySet<string>): Map<string, string> | null {
  const found = new Map<string, string>();
  const at = text.indexOf('{');
  if (at < 0 || text.slice(0, at).trim() !== '') return null;
  let depth = 0;
  let key: string | null = null;
  let keyStart = -1;
  let valueStart = -1;
  for (let i = at; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 34) {
      // A string: to its closing quote.
      const start = i;
      for (i++; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 92) i++;
        else if (c === 34) break;
      }
      if (depth === 1 && key === null && valueStart < 0) keyStart = start;
      if (depth === 1 && keyStart === start) key = JSON.parse(text.slice(start, i + 1)) as string;
      continue;
    }
    if (code === 58 && depth === 1 && key !== null && valueStart < 0) valueStart = i + 1;
    else if (code === 123 || code === 91) depth++;
    else if (code === 125 || code === 93 || (code === 44 && depth === 1)) {
      if (depth === 1) {
        if (code === 93) return null;
        if (key !== null && valueStart >= 0 && names.has(key)) found.set(key, text.slice(valueStart, i));
        key = null;
        keyStart = -1;
        valueStart = -1;
        if (code === 125) return text.slice(i + 1).trim() === '' ? found : null;
      }
      if (code !== 44) depth--;
    }
  }
  return null;
}
