// Turns what a user types into a safe FTS5 query: every word becomes a quoted prefix term, so
// FTS5 operators and quotes in the input are matched as text, never interpreted.

export function toFtsQuery(text: string): string | null {
  const words = text
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .slice(0, 20);
  if (words.length === 0) return null;
  return words.map((word) => `"${word.replaceAll('"', '""')}"*`).join(' ');
}
