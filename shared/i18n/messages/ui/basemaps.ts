import { defineMessages } from '../../define-messages.js';

// The map's basemaps: the light/dark switch of the street basemap, and the Basemaps panel where
// tile files (MBTiles, PMTiles) are added as basemaps, overlays or hillshade.

export const basemapMessages = defineMessages({
  dark: {
    id: 'ui.basemaps.dark',
    defaultMessage: 'Dark map',
    description:
      'Button over the map that switches the street basemap to its dark style. Keep it short (about 12 characters).',
  },
  light: {
    id: 'ui.basemaps.light',
    defaultMessage: 'Light map',
    description:
      'Button over the map that switches the street basemap back to its light style. Keep it short (about 12 characters).',
  },
  themeTitle: {
    id: 'ui.basemaps.themeTitle',
    defaultMessage: 'Switch the basemap between its light and dark style',
    description: 'Tooltip of the Dark map / Light map button.',
  },
  button: {
    id: 'ui.basemaps.button',
    defaultMessage: 'Basemaps',
    description:
      'Button over the map that opens the panel of basemap and overlay files. Keep it short (about 12 characters).',
  },
  buttonTitle: {
    id: 'ui.basemaps.buttonTitle',
    defaultMessage: 'Add MBTiles or PMTiles files as basemaps, overlays or hillshade',
    description: 'Tooltip of the Basemaps button. MBTiles and PMTiles are file formats (keep the names).',
  },
  title: {
    id: 'ui.basemaps.title',
    defaultMessage: 'Basemaps and overlays',
    description: 'Heading of the Basemaps panel.',
  },
  close: {
    id: 'ui.basemaps.close',
    defaultMessage: 'Close basemaps',
    description: 'Name and tooltip of the × button that closes the Basemaps panel.',
  },
  empty: {
    id: 'ui.basemaps.empty',
    defaultMessage: 'No files yet. Add an MBTiles or PMTiles file: raster or vector tiles, or elevation for hillshade.',
    description: 'Shown in the Basemaps panel when the project has no tile files.',
  },
  add: {
    id: 'ui.basemaps.add',
    defaultMessage: 'Add a file…',
    description: 'Button in the Basemaps panel that opens the file chooser. Keep it short.',
  },
  reading: {
    id: 'ui.basemaps.reading',
    defaultMessage: 'Reading {fileName}…',
    description: 'Progress while a chosen tile file is read; {fileName} is its name.',
  },
  adding: {
    id: 'ui.basemaps.adding',
    defaultMessage: 'Copying the tiles of {fileName} into the project…',
    description: 'Progress while a tile file is copied into the project; {fileName} is its name.',
  },
  describe: {
    id: 'ui.basemaps.describe',
    defaultMessage:
      '{kind, select, raster {Raster} vector {Vector} other {Elevation (hillshade)}}, {tileFormat}, zoom {minZoom, number}–{maxZoom, number}, {tileCount, plural, one {# tile} other {# tiles}}',
    description:
      'What a tile file holds: {kind} is raster (pictures), vector (shapes) or raster-dem (elevation, drawn as hillshade); {tileFormat} the image format (PNG, WEBP, PBF); the zoom levels it covers; {tileCount} its number of tiles.',
  },
  role: {
    id: 'ui.basemaps.role',
    defaultMessage: 'Drawn as',
    description: 'Label of the drop-down that says how a file is drawn: as the basemap or as an overlay on top.',
  },
  roleBasemap: {
    id: 'ui.basemaps.roleBasemap',
    defaultMessage: 'Basemap',
    description: 'Choice of “Drawn as”: under everything, as the map’s background.',
  },
  roleOverlay: {
    id: 'ui.basemaps.roleOverlay',
    defaultMessage: 'Overlay',
    description: 'Choice of “Drawn as”: over the basemap, under the project’s places.',
  },
  opacity: {
    id: 'ui.basemaps.opacity',
    defaultMessage: 'Opacity',
    description: 'Label of a file’s opacity slider (0 to 100 %).',
  },
  opacityValue: {
    id: 'ui.basemaps.opacityValue',
    defaultMessage: '{value, number, percent}',
    description: 'The opacity slider’s value as a percentage; {value} is between 0 and 1.',
  },
  show: {
    id: 'ui.basemaps.show',
    defaultMessage: 'Show',
    description: 'Checkbox: whether a file is drawn on the map. Keep it short.',
  },
  remove: {
    id: 'ui.basemaps.remove',
    defaultMessage: 'Remove',
    description: 'Button that removes a tile file from the project (asks first). Keep it short.',
  },
  removeConfirm: {
    id: 'ui.basemaps.removeConfirm',
    defaultMessage: 'Remove from the project',
    description: 'Button that confirms removing a tile file from the project.',
  },
  elevation: {
    id: 'ui.basemaps.elevation',
    defaultMessage: 'Elevation',
    description: 'Label of the drop-down that says whether a raster file holds elevation, and in which encoding.',
  },
  elevationNone: {
    id: 'ui.basemaps.elevationNone',
    defaultMessage: 'Not elevation (draw the images)',
    description: 'Choice of Elevation: the file holds pictures, not heights.',
  },
  elevationTerrarium: {
    id: 'ui.basemaps.elevationTerrarium',
    defaultMessage: 'Terrarium encoding (hillshade)',
    description: 'Choice of Elevation: heights encoded as Terrarium (a format name: keep it), drawn as hillshade.',
  },
  elevationMapbox: {
    id: 'ui.basemaps.elevationMapbox',
    defaultMessage: 'Mapbox encoding (hillshade)',
    description:
      'Choice of Elevation: heights encoded as Mapbox Terrain-RGB (a format name: keep it), drawn as hillshade.',
  },
  confirmAdd: {
    id: 'ui.basemaps.confirmAdd',
    defaultMessage: 'Add to the project',
    description: 'Button that copies the chosen tile file into the project.',
  },
  tooLarge: {
    id: 'ui.basemaps.tooLarge',
    defaultMessage:
      '{fileName}: {megabytes, number} MB is more than the app reads; add it with "itinera add-basemap" instead.',
    description:
      'Error when a tile file is too large to add from the app; {fileName} is its name, {megabytes} its size. “itinera add-basemap” is a command: keep it as is.',
  },
});
