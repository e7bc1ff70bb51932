export interface SnippetPart {
  text: string;
  match: boolean;
}

/** Splits a snippet whose matches are wrapped in «» into plain and matched parts. An unclosed «
 *  marks the rest as matched; a stray » is kept as text. */
export function splitSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let rest = snippet;
  while (rest.length > 0) {
    const open = rest.indexOf('«');
    if (open < 0) {
      parts.push({ text: rest, match: false });
      break;
    }
    if (open > 0) parts.push({ text: rest.slice(0, open), match: false });
    const close = rest.indexOf('»', open + 1);
    const end = close < 0 ? rest.length : close;
    const matched = rest.slice(open + 1, end);
    if (matched) parts.push({ text: matched, match: true });
    rest = close < 0 ? '' : rest.slice(close + 1);
  }
  return parts;
}
