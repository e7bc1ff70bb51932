import { defineMessages } from '../define-messages.js';

// Why an OSM PBF extract (.osm.pbf) cannot be imported (shown inside transfer.error.fileRefused,
// after osm.where.block). A PBF file is a sequence of compressed blocks, each with a short block
// header; keep OSMHeader, OSM PBF, zlib and the compression names as they are.

export const osmPbfMessages = defineMessages({
  endsInsideBlockHeader: {
    id: 'osm.pbf.endsInsideBlockHeader',
    defaultMessage: 'the file ends inside a block header: it is truncated',
    description: 'An .osm.pbf file stops in the middle of a block header (the download was cut short).',
  },
  endsInsideBlock: {
    id: 'osm.pbf.endsInsideBlock',
    defaultMessage: 'the file ends inside a block: it is truncated',
    description: 'An .osm.pbf file stops in the middle of a block (the download was cut short).',
  },
  headerSize: {
    id: 'osm.pbf.headerSize',
    defaultMessage: 'a block header of {bytes, number} bytes: the file is damaged or not OSM PBF',
    description: 'A block header of an .osm.pbf file declares an impossible size.',
  },
  blockTooLarge: {
    id: 'osm.pbf.blockTooLarge',
    defaultMessage: 'a block of {bytes, number} bytes is larger than OSM PBF allows',
    description: 'A block of an .osm.pbf file is over the size the format allows (32 MiB).',
  },
  noOsmHeader: {
    id: 'osm.pbf.noOsmHeader',
    defaultMessage: 'the file does not start with an OSMHeader block',
    description: 'An .osm.pbf file lacks the block every such file starts with; keep OSMHeader.',
  },
  damaged: {
    id: 'osm.pbf.damaged',
    defaultMessage: 'the file is damaged: {problem}',
    description: 'A block of an .osm.pbf file cannot be read; {problem} says what is wrong in it (one of osm.pbf.*).',
  },
});

/** What is wrong inside a block (the {problem} of osm.pbf.damaged). */
export const osmPbfProblemMessages = defineMessages({
  blockHeaderIncomplete: {
    id: 'osm.pbf.blockHeaderIncomplete',
    defaultMessage: 'a block header lacks its type or size',
    description: 'Problem inside an .osm.pbf file: a block header says neither what its block is nor how long.',
  },
  declaredSize: {
    id: 'osm.pbf.declaredSize',
    defaultMessage: 'a block declares {bytes, number} bytes',
    description: 'Problem inside an .osm.pbf file: a block claims an impossible size when unpacked.',
  },
  notDecompressed: {
    id: 'osm.pbf.notDecompressed',
    defaultMessage: 'a block does not decompress ({detail})',
    description: 'Problem inside an .osm.pbf file: a block cannot be unpacked; {detail} is the technical reason.',
  },
  sizeMismatch: {
    id: 'osm.pbf.sizeMismatch',
    defaultMessage: 'a block decompresses to {actual, number} bytes, not the {declared, number} it declares',
    description: 'Problem inside an .osm.pbf file: a block unpacks to another size than it claims.',
  },
  compression: {
    id: 'osm.pbf.compression',
    defaultMessage: 'a block is compressed with {compression}, which Itinera cannot read (only zlib)',
    description: 'Problem inside an .osm.pbf file: a block uses a compression Itinera lacks; {compression} e.g. zstd.',
  },
  noData: {
    id: 'osm.pbf.noData',
    defaultMessage: 'a block holds no data',
    description: 'Problem inside an .osm.pbf file: a block is empty.',
  },
  unsupportedFeature: {
    id: 'osm.pbf.unsupportedFeature',
    defaultMessage: 'the file needs the feature "{feature}", which Itinera cannot read',
    description:
      'Problem of an .osm.pbf file: its header asks for a format extension Itinera does not know; {feature} is its name (e.g. HistoricalInformation).',
  },
  unequalTags: {
    id: 'osm.pbf.unequalTags',
    defaultMessage: 'an entity has unequal numbers of keys and values',
    description:
      'Problem inside an .osm.pbf file: an object (node, way, relation) has keys without values or the reverse.',
  },
  tagOutsideStrings: {
    id: 'osm.pbf.tagOutsideStrings',
    defaultMessage: 'a tag points outside the string table',
    description: 'Problem inside an .osm.pbf file: a tag refers to text the block does not hold (its string table).',
  },
  unequalDenseNodes: {
    id: 'osm.pbf.unequalDenseNodes',
    defaultMessage: 'dense nodes have unequal numbers of ids and coordinates',
    description: 'Problem inside an .osm.pbf file: a group of nodes (dense nodes) lacks some ids or positions.',
  },
  unequalMembers: {
    id: 'osm.pbf.unequalMembers',
    defaultMessage: 'a relation has unequal numbers of member ids, roles and types',
    description: 'Problem inside an .osm.pbf file: the members of a relation are incomplete.',
  },
  malformedMember: {
    id: 'osm.pbf.malformedMember',
    defaultMessage: 'a relation member is malformed',
    description: 'Problem inside an .osm.pbf file: a member of a relation has an unknown type or role.',
  },
  numberPastEnd: {
    id: 'osm.pbf.numberPastEnd',
    defaultMessage: 'a number runs past the end of its block',
    description: 'Problem inside an .osm.pbf file: a number is cut off by the end of the block holding it.',
  },
  numberTooLarge: {
    id: 'osm.pbf.numberTooLarge',
    defaultMessage: 'a number is too large',
    description: 'Problem inside an .osm.pbf file: a number is larger than Itinera can read exactly.',
  },
  numberTooLong: {
    id: 'osm.pbf.numberTooLong',
    defaultMessage: 'a number is longer than ten bytes',
    description: 'Problem inside an .osm.pbf file: a number is encoded in more bytes than the format allows.',
  },
  fieldPastEnd: {
    id: 'osm.pbf.fieldPastEnd',
    defaultMessage: 'a field runs past the end of its block',
    description: 'Problem inside an .osm.pbf file: a piece of data claims to be longer than what is left of its block.',
  },
  unknownWireType: {
    id: 'osm.pbf.unknownWireType',
    defaultMessage: 'unknown wire type {type, number, ::group-off}',
    description:
      'Problem inside an .osm.pbf file: a piece of data is encoded in a way the format (Protocol Buffers) does not have; "wire type" is that format’s term.',
  },
});
