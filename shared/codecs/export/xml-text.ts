// Text for XML documents written by hand. Escapes markup characters and drops what XML 1.0
// cannot carry at all (most control characters, lone surrogates, U+FFFE and U+FFFF): a file
// with such a character is refused by every XML parser, so it is better lost than kept.

const NOT_XML =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escaped for use in element content and in double- or single-quoted attribute values. */
export function xmlText(value: string): string {
  return value.replace(NOT_XML, '').replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character);
}

/** A decimal number as XML Schema's xsd:decimal wants it: no exponent, no trailing zeros. */
export function xmlDecimal(value: number, fractionDigits = 9): string {
  const fixed = value.toFixed(fractionDigits);
  const trimmed = fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
  return trimmed === '-0' ? '0' : trimmed;
}
