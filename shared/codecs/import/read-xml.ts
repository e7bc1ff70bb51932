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

/**
 * Parses a KML or GPX file whose root element is `root`, also when the file writes its own
 * namespace with a prefix (`<kml:kml xmlns:kml="…"><kml:Placemark>`, valid XML that the
 * converters, which look elements up by name, would read as empty): the prefix is dropped from
 * the element names first. Null when the root element is not `root`.
 */
export function parseRootedXml(text: string, fileName: string, root: string): Document | null {
  const document = parseXml(text, fileName);
  const element = document.documentElement;
  if (element?.localName !== root) return null;
  const prefix = element.prefix;
  if (!prefix) return document;
  const escaped = prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const unprefixed = text
    .replace(new RegExp(`<(/?)${escaped}:`, 'g'), '<$1')
    .replace(new RegExp(`\\sxmlns:${escaped}=`, 'g'), ' xmlns=');
  return parseXml(unprefixed, fileName);
}
