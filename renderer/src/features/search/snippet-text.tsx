import { splitSnippet } from './split-snippet.js';

/** A search snippet with its matches marked; the text stays text (no HTML is ever parsed). */
export function SnippetText({ snippet }: { snippet: string }) {
  return (
    <>
      {splitSnippet(snippet).map((part, index) =>
        part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </>
  );
}
