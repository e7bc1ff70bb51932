import { defineMessages } from '../define-messages.js';

// Why a tile file (MBTiles, PMTiles) cannot be used as a basemap or overlay (shown inside
// basemaps.error.fileRefused: "FILE: REASON"). {detail} is the technical reason another program
// gave (often English). Keep format names (png, pbf, mvt, terrarium…) as they are.

export const tileReasonMessages = defineMessages({
  cannotRead: {
    id: 'basemaps.reason.cannotRead',
    defaultMessage: 'cannot read the file ({detail})',
    description: 'The tile file cannot be read from the disk.',
  },
  empty: {
    id: 'basemaps.reason.empty',
    defaultMessage: 'the file is empty',
    description: 'The tile file has no content.',
  },
  notTileFile: {
    id: 'basemaps.reason.notTileFile',
    defaultMessage: 'not an MBTiles or PMTiles file (it starts with neither an SQLite nor a PMTiles header)',
    description: 'The file is neither of the tile formats Itinera reads.',
  },
  noTiles: {
    id: 'basemaps.reason.noTiles',
    defaultMessage: 'the file holds no tiles',
    description: 'The tile file is empty of tiles.',
  },
  firstTileUnreadable: {
    id: 'basemaps.reason.firstTileUnreadable',
    defaultMessage: 'its first tile is not a readable vector tile',
    description: 'The file says it holds vector tiles but its first tile cannot be read as one.',
  },
  unknownFormatNamed: {
    id: 'basemaps.reason.unknownFormatNamed',
    defaultMessage: 'unknown tile format "{format}" (Itinera reads png, jpg, webp and pbf)',
    description: 'The file names a tile format Itinera does not draw; {format} is that name.',
  },
  unknownFormat: {
    id: 'basemaps.reason.unknownFormat',
    defaultMessage:
      'unknown tile format: the file names none and its first tile is not PNG, JPEG, WebP or a vector tile',
    description: 'The tile format could not be found out.',
  },
  unknownEncoding: {
    id: 'basemaps.reason.unknownEncoding',
    defaultMessage: 'unknown elevation encoding "{encoding}" (Itinera reads terrarium and mapbox)',
    description: 'The file names a way of storing heights in images that Itinera does not read.',
  },
  vectorNotElevation: {
    id: 'basemaps.reason.vectorNotElevation',
    defaultMessage: 'it holds vector tiles, which cannot be elevation',
    description: 'Vector tiles were chosen as elevation (hillshade) data.',
  },
  elevationFormat: {
    id: 'basemaps.reason.elevationFormat',
    defaultMessage: 'elevation tiles must be PNG or WebP (JPEG compression changes the heights)',
    description: 'JPEG tiles were chosen as elevation (hillshade) data.',
  },
  mbtilesCannotOpen: {
    id: 'basemaps.reason.mbtilesCannotOpen',
    defaultMessage: 'cannot open the file ({detail})',
    description: 'An MBTiles file (a database) cannot be opened.',
  },
  mbtilesNotSqlite: {
    id: 'basemaps.reason.mbtilesNotSqlite',
    defaultMessage: 'not an MBTiles file (not an SQLite database)',
    description: 'A file read as MBTiles is not a database.',
  },
  mbtilesNoMetadata: {
    id: 'basemaps.reason.mbtilesNoMetadata',
    defaultMessage: 'not an MBTiles file: it has no metadata table',
    description: 'A database read as MBTiles lacks the table that describes the tiles.',
  },
  mbtilesBadJson: {
    id: 'basemaps.reason.mbtilesBadJson',
    defaultMessage: 'not a valid MBTiles file: its metadata "json" entry is not JSON',
    description: 'An MBTiles file’s description is damaged.',
  },
  mbtilesNoTilesTable: {
    id: 'basemaps.reason.mbtilesNoTilesTable',
    defaultMessage: 'not an MBTiles file: it has no tiles table',
    description: 'A database read as MBTiles lacks the table of tiles.',
  },
  mbtilesTileNotBinary: {
    id: 'basemaps.reason.mbtilesTileNotBinary',
    defaultMessage: 'not a valid MBTiles file: a tile is not binary data',
    description: 'An MBTiles file holds a tile that is not an image or vector tile.',
  },
  mbtilesZoomRange: {
    id: 'basemaps.reason.mbtilesZoomRange',
    defaultMessage: 'not a valid MBTiles file: its zoom levels are outside 0–24',
    description: 'An MBTiles file holds tiles of impossible zoom levels.',
  },
  mbtilesTileOutside: {
    id: 'basemaps.reason.mbtilesTileOutside',
    defaultMessage: 'not a valid MBTiles file: tile {tile} lies outside the grid',
    description: 'An MBTiles file holds a tile at an impossible place; {tile} is its address (zoom/column/row).',
  },
  mbtilesTileNotBinaryAt: {
    id: 'basemaps.reason.mbtilesTileNotBinaryAt',
    defaultMessage: 'not a valid MBTiles file: tile {tile} is not binary data',
    description: 'An MBTiles file holds a tile that is not an image or vector tile; {tile} is its address.',
  },
  pmtilesZstd: {
    id: 'basemaps.reason.pmtilesZstd',
    defaultMessage:
      '{part, select, directories {its directories are zstd-compressed, which Itinera cannot read (convert it with gzip)} other {its tiles are zstd-compressed, which Itinera cannot read (convert it with gzip)}}',
    description: 'A PMTiles file is compressed in a way Itinera cannot read; {part} is "directories" or "tiles".',
  },
  pmtilesUnknownCompression: {
    id: 'basemaps.reason.pmtilesUnknownCompression',
    defaultMessage:
      '{part, select, directories {its directories use an unknown compression ({compression})} other {its tiles use an unknown compression ({compression})}}',
    description: 'A PMTiles file names a compression Itinera does not know; {part} is "directories" or "tiles".',
  },
  pmtilesNoHeader: {
    id: 'basemaps.reason.pmtilesNoHeader',
    defaultMessage: 'not a PMTiles file (no PMTiles header)',
    description: 'A file read as PMTiles does not start as one.',
  },
  pmtilesVersion: {
    id: 'basemaps.reason.pmtilesVersion',
    defaultMessage: 'PMTiles version {version}; Itinera reads version 3',
    description: 'A PMTiles file of another version of the format.',
  },
  pmtilesInvalid: {
    id: 'basemaps.reason.pmtilesInvalid',
    defaultMessage: 'not a valid PMTiles file ({detail})',
    description: 'A PMTiles file cannot be read.',
  },
  pmtilesTileType: {
    id: 'basemaps.reason.pmtilesTileType',
    defaultMessage: 'unknown tile format (PMTiles tile type {type}; Itinera reads png, jpg, webp and mvt)',
    description: 'A PMTiles file holds tiles of a format Itinera does not draw; {type} is the format’s code.',
  },
  pmtilesTruncated: {
    id: 'basemaps.reason.pmtilesTruncated',
    defaultMessage: 'not a valid PMTiles file: it is shorter than its header says (truncated?)',
    description: 'A PMTiles file is cut short.',
  },
  pmtilesNesting: {
    id: 'basemaps.reason.pmtilesNesting',
    defaultMessage: 'not a valid PMTiles file: its directories nest too deep',
    description: 'A PMTiles file’s index is damaged (or made to exhaust the reader).',
  },
  pmtilesDirectory: {
    id: 'basemaps.reason.pmtilesDirectory',
    defaultMessage: 'not a valid PMTiles file: a directory cannot be read ({detail})',
    description: 'A part of a PMTiles file’s index cannot be read.',
  },
  pmtilesTileBeyondEnd: {
    id: 'basemaps.reason.pmtilesTileBeyondEnd',
    defaultMessage: 'not a valid PMTiles file: a tile lies beyond the end of the file',
    description: 'A PMTiles file points at a tile it does not hold.',
  },
  pmtilesZoomRange: {
    id: 'basemaps.reason.pmtilesZoomRange',
    defaultMessage: 'not a valid PMTiles file: its zoom levels go beyond 24',
    description: 'A PMTiles file holds tiles of impossible zoom levels.',
  },
  tooManyTiles: {
    id: 'basemaps.reason.tooManyTiles',
    defaultMessage:
      'it holds {tiles, number} tiles; Itinera copies at most {max, number} tiles of one file into a project (cut it to your area, e.g. with pmtiles extract or tile-join)',
    description: 'A tile file is too large to copy into the project; {tiles} counts its tiles, repeated ones included.',
  },
  tooManyBytes: {
    id: 'basemaps.reason.tooManyBytes',
    defaultMessage:
      'it would add {gigabytes, number, ::precision-integer} GB to the project; Itinera copies at most {max, number} GB of one file (cut it to your area, e.g. with pmtiles extract or tile-join)',
    description: 'Copying a tile file would grow the project too much (repeated tiles counted each time).',
  },
  pmtilesPartTooLarge: {
    id: 'basemaps.reason.pmtilesPartTooLarge',
    defaultMessage:
      '{part, select, metadata {not a valid PMTiles file: its metadata decompress to more than {megabytes, number} MB} other {not a valid PMTiles file: a directory decompresses to more than {megabytes, number} MB}}',
    description:
      'A part of a PMTiles file inflates beyond a limit (a damaged or hostile file); {part} is "metadata" or "directories".',
  },
  pmtilesLeafTwice: {
    id: 'basemaps.reason.pmtilesLeafTwice',
    defaultMessage: 'not a valid PMTiles file: its index points at the same directory twice',
    description: 'A PMTiles file’s index is damaged (or made to exhaust the reader).',
  },
  tileTooLarge: {
    id: 'basemaps.reason.tileTooLarge',
    defaultMessage: 'tile {tile} decompresses to more than {megabytes, number} MB',
    description:
      'One tile inflates beyond a limit (a damaged or hostile file); {tile} is its address (zoom/column/row).',
  },
  mbtilesViewNotFollowed: {
    id: 'basemaps.reason.mbtilesViewNotFollowed',
    defaultMessage:
      'its tiles are a view Itinera does not follow (a recursive query or a view of views); export the tiles into a plain table first',
    description: 'An MBTiles file’s tiles are defined by a query that could run without end.',
  },
});
