import { defineMessages } from '../../define-messages.js';

// A place: the form that creates one where the map was clicked, and the panel of the selected
// place with its fields, save and delete.

export const placeMessages = defineMessages({
  newPlaceTitle: {
    id: 'ui.places.newPlaceTitle',
    defaultMessage: 'New place',
    description: 'Heading of the form that creates a place where the map was clicked.',
  },
  createPlace: {
    id: 'ui.places.createPlace',
    defaultMessage: 'Create place',
    description: 'Button that creates the new place. Keep it short (about 14 characters).',
  },
  creatingPlace: {
    id: 'ui.places.creatingPlace',
    defaultMessage: 'Creating…',
    description: 'The “Create place” button while the place is being created. Keep it short.',
  },
  coordinates: {
    id: 'ui.places.coordinates',
    defaultMessage: '{latitude, number, ::.000000}° N, {longitude, number, ::.000000}° E',
    description:
      'A position as degrees north and east (WGS84), six decimals; {latitude} and {longitude} are numbers. N and E are the compass points.',
  },
  closePanel: {
    id: 'ui.places.closePanel',
    defaultMessage: 'Close the place panel',
    description: 'Name and tooltip of the × button that closes the selected place’s panel.',
  },
  categoryAndSector: {
    id: 'ui.places.categoryAndSector',
    defaultMessage: '{category} · {sector}',
    description:
      'The kind of a place with its creative sector, e.g. “Creative SME or freelancer · Design”; {category} and {sector} are labels.',
  },
  fieldName: {
    id: 'ui.places.fieldName',
    defaultMessage: 'Name',
    description: 'Label of the name field of a place (and of areas, routes, groups).',
  },
  fieldCategory: {
    id: 'ui.places.fieldCategory',
    defaultMessage: 'Category',
    description: 'Label of the field that says what kind of place it is (heritage site, museum, creative firm…).',
  },
  fieldSector: {
    id: 'ui.places.fieldSector',
    defaultMessage: 'Creative sector',
    description: 'Label of the creative sector of a firm (design, music, games…).',
  },
  noSector: {
    id: 'ui.places.noSector',
    defaultMessage: 'No sector',
    description: 'The empty choice of the creative sector drop-down.',
  },
  fieldDescription: {
    id: 'ui.places.fieldDescription',
    defaultMessage: 'Description',
    description: 'Label of the free-text description of a place.',
  },
  fieldAddress: {
    id: 'ui.places.fieldAddress',
    defaultMessage: 'Address',
    description: 'Label of a place’s postal address.',
  },
  fieldWebsite: {
    id: 'ui.places.fieldWebsite',
    defaultMessage: 'Website',
    description: 'Label of a place’s web address.',
  },
  fieldTags: {
    id: 'ui.places.fieldTags',
    defaultMessage: 'Tags',
    description: 'Label of the tags of a place (short keywords, separated by commas).',
  },
  fieldTagsHint: {
    id: 'ui.places.fieldTagsHint',
    defaultMessage: 'Separate tags with commas.',
    description: 'Hint under the tags field.',
  },
  fieldCoordinates: {
    id: 'ui.places.fieldCoordinates',
    defaultMessage: 'Coordinates',
    description: 'Label of the position of a place (latitude and longitude fields).',
  },
  fieldLatitude: {
    id: 'ui.places.fieldLatitude',
    defaultMessage: 'Latitude (° N)',
    description: 'Label of the field for the latitude of a place in decimal degrees; N is north (negative is south).',
  },
  fieldLongitude: {
    id: 'ui.places.fieldLongitude',
    defaultMessage: 'Longitude (° E)',
    description: 'Label of the field for the longitude of a place in decimal degrees; E is east (negative is west).',
  },
  coordinatesHint: {
    id: 'ui.places.coordinatesHint',
    defaultMessage: 'Decimal degrees (WGS84), e.g. 48.4102 and 15.6035; or drag the place on the map.',
    description:
      'Hint under a place’s latitude and longitude fields. Keep the example numbers (a decimal point or the language’s decimal comma are both accepted).',
  },
  notDegrees: {
    id: 'ui.places.notDegrees',
    defaultMessage: '{axis, select, latitude {Latitude} other {Longitude}}: type a number of degrees, e.g. {example}',
    description: 'Error under a latitude or longitude field that holds no number. {example} is an example number.',
  },
  savePlace: {
    id: 'ui.places.savePlace',
    defaultMessage: 'Save',
    description: 'Button that saves the changes to a place. Keep it short (about 10 characters).',
  },
  saved: {
    id: 'ui.places.saved',
    defaultMessage: 'Saved.',
    description: 'Short confirmation next to the Save button after the place was saved.',
  },
  deletePlace: {
    id: 'ui.places.deletePlace',
    defaultMessage: 'Delete place',
    description: 'Button at the bottom of the place panel; asks for confirmation first. Keep it short.',
  },
  deleteQuestion: {
    id: 'ui.places.deleteQuestion',
    defaultMessage: 'Delete “{name}”? Its links and route stops go with it.',
    description: 'Confirmation before deleting a place; {name} is its name.',
  },
  confirmDelete: {
    id: 'ui.places.confirmDelete',
    defaultMessage: 'Delete',
    description: 'Button that confirms deleting the place. Keep it short.',
  },
  deleting: {
    id: 'ui.places.deleting',
    defaultMessage: 'Deleting…',
    description: 'The Delete button while the place is being deleted. Keep it short.',
  },
  deleted: {
    id: 'ui.places.deleted',
    defaultMessage: 'Deleted “{name}” and {links, plural, one {# link} other {# links}}.',
    description: 'Status after a place was deleted; {name} is its name, {links} how many of its links went with it.',
  },
  duplicateCustomField: {
    id: 'ui.places.duplicateCustomField',
    defaultMessage: 'Two fields are called “{name}”; give each its own name.',
    description: 'Error under the place form when two of its own fields have the same name; {name} is that name.',
  },
  siteGroup: {
    id: 'ui.places.siteGroup',
    defaultMessage: 'Sites',
    description: 'Heading of a group in the category drop-down: heritage sites, museums, creative spaces…',
  },
  producerGroup: {
    id: 'ui.places.producerGroup',
    defaultMessage: 'Producers of knowledge and technology',
    description:
      'Heading of a group in the category drop-down: development agencies, technology centres, companies (actors).',
  },
  userGroup: {
    id: 'ui.places.userGroup',
    defaultMessage: 'Users of knowledge and technology',
    description:
      'Heading of a group in the category drop-down: municipalities, creative firms, cultural institutions, tourism operators, education (actors).',
  },
});
