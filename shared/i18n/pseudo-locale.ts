import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { printAST } from '@formatjs/icu-messageformat-parser/printer.js';

// The pseudo-locale of the tests: every English text accented and about 40% longer, inside
// brackets, so a text cut by its box, or one left out of the catalogs, shows on a screenshot.

const ACCENTED: Record<string, string> = {
  a: 'à',
  b: 'ƀ',
  c: 'ç',
  d: 'ð',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'î',
  j: 'ĵ',
  k: 'ķ',
  l: 'ļ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ö',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'û',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Å',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Ð',
  E: 'É',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Î',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ļ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ö',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Û',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};

function accent(text: string): string {
  return text.replace(/[A-Za-z]/g, (letter) => ACCENTED[letter] ?? letter);
}

/** The length of the text these elements show themselves (not inside their plural or select cases). */
function literalLength(elements: MessageFormatElement[]): number {
  return elements.reduce((sum, element) => sum + (element.type === TYPE.literal ? element.value.length : 0), 0);
}

/** Accents every literal and lengthens each shown text (and each plural or select case) by about 40%. */
function transform(elements: MessageFormatElement[]): void {
  const padding = Math.ceil(literalLength(elements) * 0.4);
  for (const element of elements) {
    if (element.type === TYPE.literal) element.value = accent(element.value);
    else if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) transform(option.value);
    } else if (element.type === TYPE.tag) transform(element.children);
  }
  if (padding > 1) elements.push({ type: TYPE.literal, value: ` ${'~'.repeat(padding - 1)}` });
}

/** The pseudo-localised form of an ICU message (placeholders and plural forms keep working). */
export function pseudoLocalize(message: string): string {
  const elements = parse(message);
  transform(elements);
  // NOTE: apostrophes are ICU's escape character; the printer writes literals back escaped.
  return `[${printAST(elements)}]`;
}
