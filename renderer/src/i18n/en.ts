// Every piece of English text the renderer shows, in one place, so that another language can be
// added as a module of the same shape. Words follow shared/DOMAIN.md: site, actor, place, quarter,
// route, link. Labels of categories, sectors and link types come from shared/model/typology.ts.

const numberFormat = new Intl.NumberFormat('en');

function plural(count: number, one: string, many: string): string {
  return `${numberFormat.format(count)} ${count === 1 ? one : many}`;
}

export const en = {
  appName: 'Itinera',
  loading: 'Opening the project…',
  loadFailed: (message: string) => `The project could not be opened: ${message}`,
  retry: 'Try again',
  sampleBadge: 'Sample data',
  sampleBadgeTitle: 'This is the sample project. Changes are saved to its file.',
  projectCounts: (counts: { places: number; quarters: number; routes: number; links: number }) =>
    [
      plural(counts.places, 'place', 'places'),
      plural(counts.quarters, 'quarter', 'quarters'),
      plural(counts.routes, 'route', 'routes'),
      plural(counts.links, 'link', 'links'),
    ].join(' · '),

  sidebarLabel: 'Project',
  mapLabel: 'Map of the project',

  searchLabel: 'Search places',
  searchPlaceholder: 'Search places, tags, addresses…',
  searchResultsLabel: 'Search results',
  searchNoResults: 'No place matches.',
  searching: 'Searching…',

  addPlace: 'Add place',
  addPlaceActive: 'Click the map…',
  addPlaceHint: 'Click the map where the new place is. Press Escape to cancel.',
  cancel: 'Cancel',

  newPlaceTitle: 'New place',
  newPlaceName: 'Name',
  newPlaceCategory: 'Category',
  createPlace: 'Create place',
  creatingPlace: 'Creating…',

  closePanelLabel: 'Close the place panel',
  fieldName: 'Name',
  fieldCategory: 'Category',
  fieldSector: 'Creative sector',
  noSector: 'No sector',
  fieldDescription: 'Description',
  fieldAddress: 'Address',
  fieldWebsite: 'Website',
  fieldTags: 'Tags',
  fieldTagsHint: 'Separate tags with commas.',
  fieldCustomFields: 'Custom fields',
  customFieldKey: 'Field name',
  customFieldValue: 'Value',
  customFieldKeyLabel: (index: number) => `Name of custom field ${index + 1}`,
  customFieldValueLabel: (index: number) => `Value of custom field ${index + 1}`,
  addCustomField: 'Add field',
  removeCustomFieldLabel: (index: number) => `Remove custom field ${index + 1}`,
  noCustomFields: 'No custom fields.',
  duplicateCustomField: (name: string) => `customFields: two fields are called “${name}”; give each its own name.`,
  fieldCoordinates: 'Coordinates',
  coordinates: (longitude: number, latitude: number) => `${latitude.toFixed(6)}° N, ${longitude.toFixed(6)}° E`,
  coordinatesHint: 'Drag the place on the map to move it.',
  savePlace: 'Save',
  savingPlace: 'Saving…',
  saved: 'Saved.',
  deletePlace: 'Delete place',
  deleteQuestion: (name: string) => `Delete “${name}”? Its links and route stops go with it.`,
  confirmDelete: 'Delete',
  deleting: 'Deleting…',
  deleted: (name: string, linksRemoved: number) => `Deleted “${name}” and ${plural(linksRemoved, 'link', 'links')}.`,
  moveFailed: (message: string) => `The place could not be moved: ${message}`,
  placeGone: 'This place no longer exists.',

  categoryGroups: {
    site: 'Sites',
    producer: 'Producers of knowledge and technology',
    user: 'Users of knowledge and technology',
  },

  nearbyTitle: 'Nearby',
  nearbyIntro: 'Creative firms and tourism operators within',
  metres: (value: number) => `${numberFormat.format(Math.round(value))} m`,
  nearbyLoading: 'Looking around…',
  nearbyEmpty: 'None within this distance.',
  nearbyLinked: 'linked',
  nearbyLink: 'Link',
  nearbyLinking: 'Linking…',
  nearbyLinkLabel: (name: string) => `Link “${name}” with this place`,
  nearbySelectLabel: (name: string) => `Show “${name}”`,
  linkTypeLabel: 'Link type',

  legendTitle: 'Legend',
  legendQuarter: 'Quarter',
  legendRoute: 'Route',
  legendLink: 'Link between places',
  legendSelected: 'Selected place',

  dismiss: 'Dismiss',
  unknownError: 'Unknown error',
} as const;

export type Strings = typeof en;
