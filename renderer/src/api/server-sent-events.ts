// Reads a text/event-stream (Server-Sent Events, as the HTML standard defines the format) from
// chunks of text as they arrive: lines `event:`, `data:` and `id:`, a blank line ends a message,
// lines starting with `:` are comments (keep-alives). Needed because the stream is read with
// fetch: EventSource cannot send the session token in a header.

export interface ServerSentEvent {
  event: string;
  data: string;
  id: string | null;
}

export function createEventStreamParser(onEvent: (event: ServerSentEvent) => void): { push(chunk: string): void } {
  let buffer = '';
  let event = '';
  let data: string[] = [];
  let id: string | null = null;

  function dispatch(): void {
    if (data.length > 0) onEvent({ event: event || 'message', data: data.join('\n'), id });
    event = '';
    data = [];
  }

  function line(text: string): void {
    if (text === '') return dispatch();
    if (text.startsWith(':')) return;
    const colon = text.indexOf(':');
    const field = colon === -1 ? text : text.slice(0, colon);
    let value = colon === -1 ? '' : text.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
    else if (field === 'id' && !value.includes('\0')) id = value;
  }

  return {
    push(chunk) {
      buffer += chunk;
      // Lines end with CRLF, LF or CR; a CR at the very end may be half of a CRLF still to come.
      for (;;) {
        const match = /\r\n|\n|\r(?!$)/.exec(buffer);
        if (!match) break;
        line(buffer.slice(0, match.index));
        buffer = buffer.slice(match.index + match[0].length);
      }
    },
  };
}
