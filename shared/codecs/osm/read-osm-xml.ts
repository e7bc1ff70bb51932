import { messageRef, type MessageDescriptor, type MessageValues } from '../../i18n/define-messages.js';
import { osmReadMessages as reason, osmWhereMessages } from '../../i18n/messages/osm-read.js';
import { excerpt, ImportError } from '../import/source-table.js';
import type { OsmMember, OsmNode, OsmRelation, OsmTags, OsmType, OsmVisitor, OsmWay } from './osm-entities.js';

// A streaming reader for OSM XML (.osm; the Node side gunzips .osm.gz). OSM XML is a small,
// flat vocabulary (osm > node|way|relation > tag|nd|member), so this is a strict tokenizer for
// exactly that: elements, attributes, comments and processing instructions. It refuses a DOCTYPE
// (and with it every entity declaration: billion laughs, external entities) and any entity
// reference beyond the five predefined ones and character references. Text content is ignored:
// OSM XML has none that matters.

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const ATTRIBUTE = /\s+([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;
const NAME = /^[A-Za-z_:][-\w.:]*$/;
/** A tag longer than this (an attribute value of a megabyte, say) is not OSM XML. */
const MAX_TAG_CHARS = 1 << 20;

const MEMBER_TYPES = new Set<OsmType>(['node', 'way', 'relation']);

type Fail = (descriptor: MessageDescriptor, values?: MessageValues) => never;

/** An element's name as a message shows it: "<node>" (or "</node>" for a closing tag). */
const element = (name: string) => `<${excerpt(name)}>`;

function decodeText(value: string, fail: Fail): string {
  if (!value.includes('&')) return value;
  return value.replace(/&([^;&]{0,12});?/g, (match, entity: string) => {
    if (!match.endsWith(';')) fail(reason.ampersand, { text: match });
    if (entity.startsWith('#')) {
      const code = entity[1] === 'x' ? Number.parseInt(entity.slice(2), 16) : Number.parseInt(entity.slice(1), 10);
      if (!Number.isInteger(code) || code < 1 || code > 0x10ffff) fail(reason.characterReference, { entity });
      return String.fromCodePoint(code);
    }
    const replacement = PREDEFINED[entity];
    if (replacement === undefined) fail(reason.undefinedEntity, { entity });
    return replacement;
  });
}

/** The entity being read: its attributes and what its children added. */
interface Open {
  type: OsmType;
  attributes: Record<string, string>;
  tags: OsmTags;
  refs: number[];
  members: OsmMember[];
}

/**
 * Reads OSM XML from chunks of UTF-8 and hands each node, way and relation to the visitor.
 * Throws an ImportError naming the line for anything malformed, and for a file that ends early.
 */
export async function readOsmXml(chunks: AsyncIterable<Uint8Array>, visitor: OsmVisitor, fileName: string) {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let buffer = '';
  let line = 1;
  const stack: string[] = [];
  let rootSeen = false;
  let current: Open | null = null;
  const fail: Fail = (descriptor, values) => {
    throw new ImportError(fileName, messageRef(osmWhereMessages.line, { line }), messageRef(descriptor, values));
  };

  const number = (attributes: Record<string, string>, name: string, elementName: string): number => {
    const text = attributes[name];
    const value = text === undefined ? NaN : Number(text);
    if (text === undefined || text.trim() === '' || !Number.isFinite(value))
      fail(reason.invalidNumber, { element: element(elementName), attribute: name, text: excerpt(text ?? '') });
    return value;
  };

  const startElement = (name: string, attributes: Record<string, string>) => {
    if (stack.length === 0) {
      if (rootSeen) fail(reason.secondRoot, { element: element(name) });
      if (name !== 'osm' && name !== 'osmChange')
        fail(reason.wrongRoot, { element: element(name), expected: element('osm') });
      rootSeen = true;
      return;
    }
    if (name === 'node' || name === 'way' || name === 'relation') {
      if (current) fail(reason.nested, { element: element(name), parent: element(current.type) });
      current = { type: name, attributes, tags: {}, refs: [], members: [] };
      return;
    }
    if (!current) return; // bounds, changeset and the like
    if (name === 'tag') {
      const key = attributes.k;
      if (key === undefined || attributes.v === undefined)
        fail(reason.tagNeedsKeyAndValue, { element: element('tag') });
      current.tags[key] = attributes.v;
    } else if (name === 'nd' && current.type === 'way') {
      current.refs.push(number(attributes, 'ref', 'nd'));
    } else if (name === 'member' && current.type === 'relation') {
      const type = attributes.type as OsmType;
      if (!MEMBER_TYPES.has(type))
        fail(reason.unknownMemberType, { element: element('member'), type: excerpt(attributes.type ?? '') });
      current.members.push({ type, ref: number(attributes, 'ref', 'member'), role: attributes.role ?? '' });
    }
  };

  const endEntity = (entity: Open) => {
    const { attributes } = entity;
    // Deleted objects (osmChange, JOSM's action="delete", history files) are not places.
    if (attributes.action === 'delete' || attributes.visible === 'false') return;
    const id = number(attributes, 'id', entity.type);
    if (entity.type === 'node') {
      if (!visitor.node) return;
      const node: OsmNode = {
        type: 'node',
        id,
        longitude: number(attributes, 'lon', 'node'),
        latitude: number(attributes, 'lat', 'node'),
        tags: entity.tags,
      };
      visitor.node(node);
    } else if (entity.type === 'way') {
      const way: OsmWay = { type: 'way', id, refs: entity.refs, tags: entity.tags };
      visitor.way?.(way);
    } else {
      const relation: OsmRelation = { type: 'relation', id, members: entity.members, tags: entity.tags };
      visitor.relation?.(relation);
    }
  };

  const endElement = (name: string) => {
    const open = stack.pop();
    if (open === undefined) fail(reason.closesNothing, { closing: element(`/${name}`) });
    if (open !== name) fail(reason.closesOther, { closing: element(`/${name}`), open: element(open) });
    if (current && name === current.type) {
      const entity = current;
      current = null;
      endEntity(entity);
    }
  };

  /** Consumes complete markup from the buffer; returns where the unconsumed rest starts. */
  const consume = (final: boolean): number => {
    let position = 0;
    for (;;) {
      const open = buffer.indexOf('<', position);
      const textEnd = open === -1 ? buffer.length : open;
      const text = buffer.slice(position, textEnd);
      if (stack.length === 0 && text.trim() !== '') fail(reason.textOutsideRoot);
      line += countLines(text);
      if (open === -1) return buffer.length;
      position = open;
      const next = buffer[open + 1];
      if (next === undefined) return position;
      let end: number;
      if (next === '?') {
        end = buffer.indexOf('?>', open + 2);
        if (end === -1) return incomplete(position, final, reason.endsInsideInstruction);
        end += 2;
      } else if (next === '!') {
        if (buffer.length - open < 9 && !final) return position;
        if (buffer.startsWith('<!--', open)) {
          end = buffer.indexOf('-->', open + 4);
          if (end === -1) return incomplete(position, final, reason.endsInsideComment);
          end += 3;
        } else if (/^<!DOCTYPE/i.test(buffer.slice(open, open + 9))) {
          return fail(reason.doctype);
        } else {
          return fail(reason.unexpectedMarkup, { markup: buffer.slice(open, open + 12) });
        }
      } else {
        end = tagEnd(open + 1);
        if (end === -1) return incomplete(position, final, reason.endsInsideTag);
        const body = buffer.slice(open + 1, end - 1);
        if (body.startsWith('/')) {
          endElement(body.slice(1).trim());
        } else {
          const selfClosing = body.endsWith('/');
          const inner = selfClosing ? body.slice(0, -1) : body;
          const nameMatch = /^[^\s/>]+/.exec(inner);
          const name = nameMatch?.[0] ?? '';
          if (!NAME.test(name)) fail(reason.invalidElement, { text: `<${inner.slice(0, 20)}` });
          const attributes: Record<string, string> = {};
          let attributesEnd = name.length;
          ATTRIBUTE.lastIndex = attributesEnd;
          for (let match = ATTRIBUTE.exec(inner); match !== null; match = ATTRIBUTE.exec(inner)) {
            const value = match[2] ?? match[3] ?? '';
            if (value.includes('<'))
              fail(reason.lessThanInAttribute, { attribute: excerpt(match[1]!), element: element(name) });
            attributes[match[1]!] = decodeText(value, fail);
            attributesEnd = ATTRIBUTE.lastIndex;
          }
          const rest = inner.slice(attributesEnd).trim();
          if (rest !== '') fail(reason.attributesUnreadable, { element: element(name), text: rest.slice(0, 30) });
          startElement(name, attributes);
          stack.push(name);
          if (selfClosing) endElement(name);
        }
      }
      line += countLines(buffer.slice(open, end));
      position = end;
    }
  };

  /** Index just past the ">" that ends the tag starting at `from`, skipping quoted values; -1 if not there yet. */
  const tagEnd = (from: number): number => {
    let quote = '';
    for (let index = from; index < buffer.length; index++) {
      const char = buffer[index];
      if (quote) {
        if (char === quote) quote = '';
      } else if (char === '"' || char === "'") quote = char;
      else if (char === '>') return index + 1;
      else if (char === '<') fail(reason.lessThanInTag);
    }
    if (buffer.length - from > MAX_TAG_CHARS) fail(reason.tagTooLong);
    return -1;
  };

  const incomplete = (position: number, final: boolean, what: MessageDescriptor): number => {
    if (final) fail(what);
    return position;
  };

  try {
    for await (const chunk of chunks) {
      buffer += decoder.decode(chunk, { stream: true });
      buffer = buffer.slice(consume(false));
    }
    buffer += decoder.decode();
  } catch (error) {
    if (error instanceof ImportError) throw error;
    if (error instanceof TypeError && /decode|encoded|utf/i.test(error.message)) fail(reason.notUtf8);
    throw error;
  }
  buffer = buffer.slice(consume(true));
  if (!rootSeen) fail(reason.noRoot, { element: element('osm') });
  if (stack.length > 0) fail(reason.endsInsideElement, { element: element(stack[stack.length - 1]!) });
}

function countLines(text: string): number {
  let count = 0;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) count++;
  return count;
}
