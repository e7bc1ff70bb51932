import { DOMParser, type Document } from '@xmldom/xmldom';
import { ImportError } from './source-table.js';
import { messageRef as ref } from '../../i18n/define-messages.js';
import { importReasonMessages as reason, importWhereMessages as where } from '../../i18n/messages/transfer-reasons.js';

// KML and GPX are XML. A DOCTYPE is refused outright: neither format needs one, and entity
// declarations are how "billion laughs" and external-entity attacks work.

export function parseXml(text: string, fileName: string): Document {
  if (/<!DOCTYPE|<!ENTITY/i.test(text.slice(0, 100_000)) || /<!ENTITY/i.test(text)) {
    throw new ImportError(fileName, null, ref(reason.xmlDoctype));
  }
  let problem: string | null = null;
  const parser = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning' && problem === null) problem = message;
    },
  });
  let document: Document;
  try {
    document = parser.parseFromString(text, 'text/xml');
  } catch (error) {
    problem ??= (error as Error).message;
    document = null as unknown as Document;
  }
  if (problem !== null || !document?.documentElement) {
    const detail = String(problem ?? 'no root element')
      .replace(/\s+/g, ' ')
      .trim();
    const line = /line:?\s*(\d+)/i.exec(detail)?.[1];
    throw new ImportError(fileName, line ? ref(where.line, { line }) : null, ref(reason.xmlMalformed, { detail }));
  }
  return document;
}
