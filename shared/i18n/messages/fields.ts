import { defineMessages, type MessageDescriptor } from '../define-messages.js';

// The names of fields as a reader sees them in error messages ("Latitude: must be at most 90").
// Keyed by the field's name in the API; a field not listed here is called "A value".

export const fieldMessages = defineMessages({
  value: {
    id: 'field.value',
    defaultMessage: 'A value',
    description: 'Name of a field that has no name of its own in error messages.',
  },
  customField: {
    id: 'field.customField',
    defaultMessage: 'Custom field “{name}”',
    description: 'Name of a custom field in error messages; {name} is the name the user gave it.',
  },
  translations: {
    id: 'field.translations',
    defaultMessage: 'Translations',
    description: 'Field name: the names and descriptions of a place, area, route or event in further languages.',
  },
  translatedName: {
    id: 'field.translatedName',
    defaultMessage: 'Name in “{name}”',
    description: 'Field name: the name of a feature in another language; {name} is the language code (e.g. "fr").',
  },
  translatedDescription: {
    id: 'field.translatedDescription',
    defaultMessage: 'Description in “{name}”',
    description:
      'Field name: the description of a feature in another language; {name} is the language code (e.g. "fr").',
  },
  further: {
    id: 'field.further',
    defaultMessage: 'Further languages',
    description: 'Field name: the languages of a project besides its primary language.',
  },
  primary: {
    id: 'field.primary',
    defaultMessage: 'Primary language',
    description: 'Field name: the language of the names and descriptions of a project’s features themselves.',
  },
  id: {
    id: 'field.id',
    defaultMessage: 'Identifier',
    description: 'Field name: the number that identifies a feature.',
  },
  name: {
    id: 'field.name',
    defaultMessage: 'Name',
    description: 'Field name: the name of a place, area, route or group.',
  },
  title: { id: 'field.title', defaultMessage: 'Title', description: 'Field name: the title of an event.' },
  category: {
    id: 'field.category',
    defaultMessage: 'Kind',
    description: 'Field name: the kind (category) of a place, e.g. museum or creative firm.',
  },
  sector: {
    id: 'field.sector',
    defaultMessage: 'Creative sector',
    description: 'Field name: the creative sector of a firm (design, music…).',
  },
  description: {
    id: 'field.description',
    defaultMessage: 'Description',
    description: 'Field name: a free-text description.',
  },
  address: { id: 'field.address', defaultMessage: 'Address', description: 'Field name: a postal address.' },
  website: { id: 'field.website', defaultMessage: 'Website', description: 'Field name: a web address.' },
  tags: { id: 'field.tags', defaultMessage: 'Tags', description: 'Field name: short keywords on a place.' },
  customFields: {
    id: 'field.customFields',
    defaultMessage: 'Custom fields',
    description: 'Field name: the user-defined fields of a place.',
  },
  longitude: { id: 'field.longitude', defaultMessage: 'Longitude', description: 'Field name: degrees east (WGS84).' },
  latitude: { id: 'field.latitude', defaultMessage: 'Latitude', description: 'Field name: degrees north (WGS84).' },
  geometry: { id: 'field.geometry', defaultMessage: 'Outline', description: 'Field name: the drawn shape of an area.' },
  kind: { id: 'field.kind', defaultMessage: 'Kind', description: 'Field name: the kind of an area or event.' },
  mode: {
    id: 'field.mode',
    defaultMessage: 'Travel mode',
    description: 'Field name: how a route is travelled (on foot, by bicycle…).',
  },
  stopPlaceIds: {
    id: 'field.stopPlaceIds',
    defaultMessage: 'Stops',
    description: 'Field name: the ordered stops of a route.',
  },
  type: {
    id: 'field.type',
    defaultMessage: 'Type',
    description: 'Field name: the type of a link or of a custom field.',
  },
  note: { id: 'field.note', defaultMessage: 'Note', description: 'Field name: a note on a link.' },
  startDate: {
    id: 'field.startDate',
    defaultMessage: 'Start date',
    description: 'Field name: when a link or event starts.',
  },
  endDate: { id: 'field.endDate', defaultMessage: 'End date', description: 'Field name: when an event ends.' },
  strength: {
    id: 'field.strength',
    defaultMessage: 'Strength',
    description: 'Field name: how strong a link is (1 to 5).',
  },
  fromPlaceId: {
    id: 'field.fromPlaceId',
    defaultMessage: 'From',
    description: 'Field name: the place a link starts at.',
  },
  toPlaceId: { id: 'field.toPlaceId', defaultMessage: 'To', description: 'Field name: the place a link goes to.' },
  level: { id: 'field.level', defaultMessage: 'Level', description: 'Field name: the cluster level of a group.' },
  parentId: {
    id: 'field.parentId',
    defaultMessage: 'Parent group',
    description: 'Field name: the group a group is nested in.',
  },
  groupId: { id: 'field.groupId', defaultMessage: 'Group', description: 'Field name: a group.' },
  areaId: { id: 'field.areaId', defaultMessage: 'Area', description: 'Field name: an area (quarter).' },
  placeId: { id: 'field.placeId', defaultMessage: 'Place', description: 'Field name: a place.' },
  placeIds: { id: 'field.placeIds', defaultMessage: 'Places', description: 'Field name: a list of places.' },
  epsMetres: {
    id: 'field.epsMetres',
    defaultMessage: 'Neighbourhood',
    description: 'Field name: the clustering radius of proposed quarters, in metres.',
  },
  minPoints: {
    id: 'field.minPoints',
    defaultMessage: 'Minimum of places',
    description: 'Field name: how many places a cluster of proposed quarters needs within its radius.',
  },
  memberId: { id: 'field.memberId', defaultMessage: 'Member', description: 'Field name: a member of a group.' },
  venuePlaceId: {
    id: 'field.venuePlaceId',
    defaultMessage: 'Venue',
    description: 'Field name: the place where an event happens.',
  },
  participantPlaceIds: {
    id: 'field.participantPlaceIds',
    defaultMessage: 'Participants',
    description: 'Field name: the actors taking part in an event.',
  },
  options: {
    id: 'field.options',
    defaultMessage: 'Options',
    description: 'Field name: the choices of a choice field.',
  },
  position: {
    id: 'field.position',
    defaultMessage: 'Position',
    description: 'Field name: the order of a custom field.',
  },
  fileName: { id: 'field.fileName', defaultMessage: 'File name', description: 'Field name: the name of a file.' },
  caption: {
    id: 'field.caption',
    defaultMessage: 'Caption',
    description: 'Field name: the caption of a photo or document.',
  },
  credit: {
    id: 'field.credit',
    defaultMessage: 'Credit',
    description: 'Field name: who must be credited for a photo or document (photographer or rights holder).',
  },
  license: {
    id: 'field.license',
    defaultMessage: 'Licence',
    description: 'Field name: the licence of a photo or document.',
  },
  dateCreated: {
    id: 'field.dateCreated',
    defaultMessage: 'Date taken',
    description: 'Field name: the day a photo was taken or a document was made.',
  },
  contentBase64: {
    id: 'field.contentBase64',
    defaultMessage: 'File',
    description: 'Field name: the content of an uploaded file.',
  },
  text: { id: 'field.text', defaultMessage: 'Text', description: 'Field name: the text of an annotation or a search.' },
  author: { id: 'field.author', defaultMessage: 'Author', description: 'Field name: who wrote an annotation.' },
  date: { id: 'field.date', defaultMessage: 'Date', description: 'Field name: the date of an annotation.' },
  source: {
    id: 'field.source',
    defaultMessage: 'Source',
    description: 'Field name: the source or citation of an annotation.',
  },
  include: {
    id: 'field.include',
    defaultMessage: 'Also export',
    description: 'Field name: what an export carries besides the data (the street basemap, the walking network).',
  },
  format: { id: 'field.format', defaultMessage: 'Format', description: 'Field name: a file format of an export.' },
  csvGeometry: {
    id: 'field.csvGeometry',
    defaultMessage: 'CSV coordinates',
    description: 'Field name: how a CSV export writes positions (a WKT column, or longitude and latitude).',
  },
  csvFormulas: {
    id: 'field.csvFormulas',
    defaultMessage: 'CSV formulas',
    description: 'Field name: whether a CSV export neutralises texts a spreadsheet would run as formulas.',
  },
  withinMetres: {
    id: 'field.withinMetres',
    defaultMessage: 'Distance',
    description: 'Field name: a search distance in metres.',
  },
  opacity: {
    id: 'field.opacity',
    defaultMessage: 'Opacity',
    description: 'Field name: how opaque a basemap layer is (0 to 1).',
  },
  role: {
    id: 'field.role',
    defaultMessage: 'Drawn as',
    description: 'Field name: whether a tile file is a basemap or an overlay.',
  },
  encoding: {
    id: 'field.encoding',
    defaultMessage: 'Elevation encoding',
    description: 'Field name: how elevation is encoded in tiles.',
  },
  box: {
    id: 'field.box',
    defaultMessage: 'Box',
    description: 'Field name: a rectangle given as west, south, east, north.',
  },
  takenOn: {
    id: 'field.takenOn',
    defaultMessage: 'Date of the snapshot',
    description: 'Field name: the day a report snapshot stands for.',
  },
  label: { id: 'field.label', defaultMessage: 'Label', description: 'Field name: the name a user gives a snapshot.' },
  fromId: {
    id: 'field.fromId',
    defaultMessage: 'Earlier snapshot',
    description: 'Field name: the first of two report snapshots compared in a change report.',
  },
  toId: {
    id: 'field.toId',
    defaultMessage: 'Later snapshot',
    description: 'Field name: the second of two report snapshots compared in a change report.',
  },
  fromDate: {
    id: 'field.fromDate',
    defaultMessage: 'Earlier date',
    description: 'Field name: the first of two days compared in a change report.',
  },
  toDate: {
    id: 'field.toDate',
    defaultMessage: 'Later date',
    description: 'Field name: the second of two days compared in a change report.',
  },
  quarterId: { id: 'field.quarterId', defaultMessage: 'Area', description: 'Field name: a quarter or other area.' },
  familyColours: {
    id: 'field.familyColours',
    defaultMessage: 'Colours',
    description: 'Field name: the colours of kinds on the map.',
  },
  placeStyle: {
    id: 'field.placeStyle',
    defaultMessage: 'Place style',
    description: 'Field name: how places are drawn on the map (colour, size and labels by a field).',
  },
  colourBy: {
    id: 'field.colourBy',
    defaultMessage: 'Colour by',
    description: 'Field name: the field whose values colour the places on the map.',
  },
  method: {
    id: 'field.method',
    defaultMessage: 'Classes',
    description: 'Field name: how values become colours (a colour per value, or graduated classes).',
  },
  classes: {
    id: 'field.classes',
    defaultMessage: 'Number of classes',
    description: 'Field name: into how many classes a number is divided on the map.',
  },
  sizeByValue: {
    id: 'field.sizeByValue',
    defaultMessage: 'Size by value',
    description: 'Field name: whether places grow with their value on the map.',
  },
  labelBy: {
    id: 'field.labelBy',
    defaultMessage: 'Labels',
    description: 'Field name: the field whose value names each place on the map.',
  },
  families: {
    id: 'field.families',
    defaultMessage: 'Kinds',
    description: 'Field name: the families of kinds of place in a filter.',
  },
  categories: {
    id: 'field.categories',
    defaultMessage: 'Kinds of place',
    description: 'Field name: the kinds of place in a filter.',
  },
  sectors: {
    id: 'field.sectors',
    defaultMessage: 'Creative sectors',
    description: 'Field name: the creative sectors in a filter.',
  },
  extractId: {
    id: 'field.extractId',
    defaultMessage: 'OpenStreetMap extract',
    description: 'Field name: an OpenStreetMap file being imported.',
  },
  stagedId: {
    id: 'field.stagedId',
    defaultMessage: 'Tile file',
    description: 'Field name: a basemap tile file being added.',
  },
  importId: { id: 'field.importId', defaultMessage: 'Import', description: 'Field name: a file being imported.' },
  jobId: {
    id: 'field.jobId',
    defaultMessage: 'Task',
    description: 'Field name: a long-running task such as an import.',
  },
  layer: { id: 'field.layer', defaultMessage: 'Layer', description: 'Field name: a layer of an imported file.' },
  layers: { id: 'field.layers', defaultMessage: 'Layers', description: 'Field name: the layers of an imported file.' },
  mapping: {
    id: 'field.mapping',
    defaultMessage: 'Column mapping',
    description: 'Field name: which columns of an imported file become which fields.',
  },
  locale: { id: 'field.locale', defaultMessage: 'Language', description: 'Field name: the language of the app.' },
  key: {
    id: 'field.key',
    defaultMessage: 'OpenStreetMap key',
    description: 'Field name: the key of an OpenStreetMap tag in a category mapping rule (e.g. office).',
  },
  requires: {
    id: 'field.requires',
    defaultMessage: 'Condition',
    description: 'Field name: the extra tag a category mapping rule needs (a key, or key=value).',
  },
  priority: {
    id: 'field.priority',
    defaultMessage: 'Priority',
    description: 'Field name: which category mapping rule wins when several match (the highest).',
  },
  declined: {
    id: 'field.declined',
    defaultMessage: 'Declined matches',
    description: 'Field name: the matches of an OpenStreetMap import that the user did not accept.',
  },
  changes: {
    id: 'field.changes',
    defaultMessage: 'Changes',
    description: 'Field name: the changes asked for in an edit.',
  },
});

/** The reader's name of a field, from its path in the request (`changes.latitude`, `moves.3.id`). */
export function fieldMessageFor(path: readonly PropertyKey[]): { descriptor: MessageDescriptor; name?: string } {
  const customIndex = path.indexOf('customFields');
  if (customIndex >= 0 && typeof path[customIndex + 1] === 'string') {
    return { descriptor: fieldMessages.customField, name: path[customIndex + 1] as string };
  }
  const translationsIndex = path.indexOf('translations');
  const language = path[translationsIndex + 1];
  const translated = path[translationsIndex + 2];
  if (
    translationsIndex >= 0 &&
    typeof language === 'string' &&
    (translated === 'name' || translated === 'description')
  ) {
    const descriptor = translated === 'name' ? fieldMessages.translatedName : fieldMessages.translatedDescription;
    return { descriptor, name: language };
  }
  for (let index = path.length - 1; index >= 0; index--) {
    const segment = path[index];
    if (typeof segment !== 'string') continue;
    if (Object.hasOwn(fieldMessages, segment) && segment !== 'value' && segment !== 'customField') {
      return { descriptor: fieldMessages[segment as keyof typeof fieldMessages] };
    }
  }
  return { descriptor: fieldMessages.value };
}
