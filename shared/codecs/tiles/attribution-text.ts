// Attribution in tile files is often HTML (`<a href="…">© OpenMapTiles</a>`). Itinera keeps it as
// plain text: the file is untrusted, and MapLibre's attribution control inserts its strings as
// HTML. `plainAttribution` runs when a file is read; `escapeHtml` when the text goes to MapLibre.

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  copy: '©',
  reg: '®',
  trade: '™',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, entity: string) => {
    if (entity.startsWith('#')) {
      const code = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : Number(entity.slice(1));
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[entity.toLowerCase()] ?? whole;
  });
}

/** The visible text of an attribution that may hold markup, whitespace collapsed, at most 500 characters. */
export function plainAttribution(value: unknown): string {
  if (typeof value !== 'string') return '';
  const withoutTags = value.replace(/<[^>]*>/g, ' ');
  return decodeEntities(withoutTags).replace(/\s+/g, ' ').trim().slice(0, 500);
}

/** Text made safe to hand to an API that treats strings as HTML. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character]!,
  );
}
