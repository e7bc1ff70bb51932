import { defineMessages } from '../define-messages.js';

// Why an OpenStreetMap extract (.osm, .osm.gz, .osm.pbf) cannot be imported, and where in it
// (shown inside transfer.error.fileRefused: "FILE, WHERE: REASON"). Element names ({element},
// e.g. <node>), attribute names (k, v, ref) and format names (OSM XML, UTF-8, DOCTYPE, gzip)
// stay as they are; {detail} is the technical reason another program gave (often English).

export const osmWhereMessages = defineMessages({
  line: {
    id: 'osm.where.line',
    defaultMessage: 'line {line, number, ::group-off}',
    description: 'Where in an OSM XML file: a line number.',
  },
  block: {
    id: 'osm.where.block',
    defaultMessage: 'byte {offset, number, ::group-off} (block {block, number, ::group-off})',
    description:
      'Where in an OSM PBF file: the position in bytes from the start of the file, and which of its blocks (counted from 1).',
  },
});

export const osmReadMessages = defineMessages({
  notOsm: {
    id: 'osm.reason.notOsm',
    defaultMessage: 'this is not an OpenStreetMap extract (.osm, .osm.gz or .osm.pbf)',
    description: 'The chosen file is none of the OpenStreetMap formats Itinera reads.',
  },
  notAFile: {
    id: 'osm.reason.notAFile',
    defaultMessage: 'is not a file',
    description: 'Follows the name of the extract ("FILE: is not a file"): the path names a folder or a device.',
  },
  notFound: {
    id: 'osm.reason.notFound',
    defaultMessage: 'does not exist',
    description: 'Follows the name of the extract ("FILE: does not exist"): there is no file of that name.',
  },
  permissionDenied: {
    id: 'osm.reason.permissionDenied',
    defaultMessage: 'cannot be read (permission denied)',
    description: 'Follows the name of the extract ("FILE: cannot be read"): the system does not let Itinera read it.',
  },
  gzipDamaged: {
    id: 'osm.reason.gzipDamaged',
    defaultMessage: 'the gzip data is truncated or damaged ({detail}); download the extract again',
    description: 'A .osm.gz extract does not unpack: it was cut short or is corrupt. {detail} is the technical reason.',
  },
  basemapTooLarge: {
    id: 'osm.reason.basemapTooLarge',
    defaultMessage:
      'is too large for the street basemap (more than {maximum, number} points of streets, buildings and areas); import the part you need with --bbox W,S,E,N',
    description:
      'Follows the name of the extract ("FILE: is too large…"): the street-level map drawn from it would be too big. Keep "--bbox W,S,E,N" (a command-line option).',
  },
  notUtf8: {
    id: 'osm.reason.notUtf8',
    defaultMessage: 'the file is not valid UTF-8 (is it an OSM XML file?)',
    description: 'An .osm file holds bytes that are not UTF-8 text.',
  },
  noRoot: {
    id: 'osm.reason.noRoot',
    defaultMessage: 'the file holds no {element} element (empty or not OSM XML)',
    description: 'An .osm file has no OSM XML content; {element} is <osm>.',
  },
  endsInsideElement: {
    id: 'osm.reason.endsInsideElement',
    defaultMessage: 'the file ends inside {element}: it is truncated',
    description:
      'An .osm file stops before this element is closed (the download was cut short); {element} e.g. <node>.',
  },
  endsInsideTag: {
    id: 'osm.reason.endsInsideTag',
    defaultMessage: 'the file ends inside a tag: it is truncated',
    description: 'An .osm file stops in the middle of markup between < and > (the download was cut short).',
  },
  endsInsideComment: {
    id: 'osm.reason.endsInsideComment',
    defaultMessage: 'the file ends inside a comment: it is truncated',
    description: 'An .osm file stops in the middle of an XML comment (the download was cut short).',
  },
  endsInsideInstruction: {
    id: 'osm.reason.endsInsideInstruction',
    defaultMessage: 'the file ends inside a processing instruction: it is truncated',
    description:
      'An .osm file stops in the middle of an XML processing instruction (<?…?>; the download was cut short).',
  },
  doctype: {
    id: 'osm.reason.doctype',
    defaultMessage: 'the XML declares a DOCTYPE, which OSM XML never needs; refused for safety',
    description: 'An .osm file declares a DOCTYPE (a way to attack XML readers); keep the word DOCTYPE.',
  },
  unexpectedMarkup: {
    id: 'osm.reason.unexpectedMarkup',
    defaultMessage: 'unexpected markup "{markup}" (OSM XML has no CDATA or declarations)',
    description: 'An .osm file holds XML markup OSM XML never uses; {markup} is its start as written in the file.',
  },
  textOutsideRoot: {
    id: 'osm.reason.textOutsideRoot',
    defaultMessage: 'text outside the root element',
    description: 'An .osm file has text before or after its one outer element.',
  },
  secondRoot: {
    id: 'osm.reason.secondRoot',
    defaultMessage: 'a second root element {element}',
    description: 'An .osm file has a second outer element after the first one closed; {element} e.g. <osm>.',
  },
  wrongRoot: {
    id: 'osm.reason.wrongRoot',
    defaultMessage: 'the root element is {element}, not {expected}',
    description: 'The outer element of an .osm file is not OSM XML; {element} is the one found, {expected} is <osm>.',
  },
  nested: {
    id: 'osm.reason.nested',
    defaultMessage: '{element} inside {parent}',
    description:
      'An .osm file puts an object inside another (e.g. "<node> inside <way>"), which OSM XML does not allow.',
  },
  tagNeedsKeyAndValue: {
    id: 'osm.reason.tagNeedsKeyAndValue',
    defaultMessage: '{element} needs k and v',
    description: 'An OSM tag element lacks its key (k) or value (v) attribute; {element} is <tag>; keep k and v.',
  },
  invalidNumber: {
    id: 'osm.reason.invalidNumber',
    defaultMessage: '{element} has no valid {attribute} ("{text}")',
    description:
      'An element of an .osm file lacks a number it needs; {element} e.g. <node>, {attribute} e.g. id, lat, lon or ref (kept as is), {text} what the file holds.',
  },
  unknownMemberType: {
    id: 'osm.reason.unknownMemberType',
    defaultMessage: '{element} has an unknown type "{type}"',
    description: 'A relation member in an .osm file is no node, way or relation; {element} is <member>.',
  },
  closesOther: {
    id: 'osm.reason.closesOther',
    defaultMessage: '{closing} closes {open}',
    description: 'An .osm file closes another element than the open one; {closing} e.g. </way>, {open} e.g. <node>.',
  },
  closesNothing: {
    id: 'osm.reason.closesNothing',
    defaultMessage: '{closing} closes no open element',
    description: 'An .osm file closes an element that was never opened; {closing} e.g. </way>.',
  },
  invalidElement: {
    id: 'osm.reason.invalidElement',
    defaultMessage: '"{text}" is not a valid element',
    description: 'An .osm file has markup that is not an element name; {text} is its start as written in the file.',
  },
  lessThanInAttribute: {
    id: 'osm.reason.lessThanInAttribute',
    defaultMessage: '"<" inside the attribute {attribute} of {element}',
    description: 'An attribute value in an .osm file contains "<", which XML does not allow there.',
  },
  lessThanInTag: {
    id: 'osm.reason.lessThanInTag',
    defaultMessage: '"<" inside a tag',
    description: 'An .osm file has a "<" inside markup (between < and >), which XML does not allow.',
  },
  attributesUnreadable: {
    id: 'osm.reason.attributesUnreadable',
    defaultMessage: 'cannot read the attributes of {element} near "{text}"',
    description:
      'The attributes of an element in an .osm file are malformed; {text} is the part that is not understood.',
  },
  tagTooLong: {
    id: 'osm.reason.tagTooLong',
    defaultMessage: 'a tag longer than a megabyte',
    description: 'A piece of markup (between < and >) in an .osm file is longer than any OSM XML has.',
  },
  ampersand: {
    id: 'osm.reason.ampersand',
    defaultMessage: '"&" without an entity (write &amp;) near "{text}"',
    description: 'An .osm file has a bare "&" in an attribute; keep "&amp;" (how XML writes it).',
  },
  characterReference: {
    id: 'osm.reason.characterReference',
    defaultMessage: 'invalid character reference &{entity};',
    description: 'An .osm file has a character reference (like &#233;) that names no character.',
  },
  undefinedEntity: {
    id: 'osm.reason.undefinedEntity',
    defaultMessage: 'undefined entity &{entity}; (OSM XML declares no entities)',
    description: 'An .osm file uses a named entity (like &nbsp;) that XML does not know without a declaration.',
  },
});
