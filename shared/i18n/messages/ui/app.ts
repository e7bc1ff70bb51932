import { defineMessages } from '../../define-messages.js';

// The app's frame: the sidebar's header, the first screen while the project opens, the hint
// shown when nothing is selected.

export const appMessages = defineMessages({
  appName: {
    id: 'ui.app.appName',
    defaultMessage: 'Itinera',
    description:
      'The name of the app: the window title, and the sidebar heading before a project is open. A product name: usually left as it is.',
  },
  sidebarLabel: {
    id: 'ui.app.sidebarLabel',
    defaultMessage: 'Project',
    description: 'Name of the sidebar (for screen readers): the open project, its places and tools.',
  },
  loading: {
    id: 'ui.app.loading',
    defaultMessage: 'Opening the project…',
    description: 'Shown in the sidebar while the project is being read.',
  },
  loadFailed: {
    id: 'ui.app.loadFailed',
    defaultMessage: 'The project could not be opened: {reason}',
    description:
      'Error in the sidebar when the project could not be read; {reason} is the reason (a message of its own, often from the system).',
  },
  retry: {
    id: 'ui.app.retry',
    defaultMessage: 'Try again',
    description: 'Button under the error of a project that could not be opened: read it again. Keep it short.',
  },
  sampleBadge: {
    id: 'ui.app.sampleBadge',
    defaultMessage: 'Sample data',
    description:
      'Small badge next to the project name when the sample project is open. Very little room: about 12 characters.',
  },
  sampleBadgeTitle: {
    id: 'ui.app.sampleBadgeTitle',
    defaultMessage: 'This is the sample project. Changes are saved to its file.',
    description: 'Tooltip of the “Sample data” badge.',
  },
  projectCounts: {
    id: 'ui.app.projectCounts',
    defaultMessage:
      '{places, plural, one {# place} other {# places}} · {quarters, plural, one {# quarter} other {# quarters}} · {routes, plural, one {# route} other {# routes}} · {links, plural, one {# link} other {# links}}',
    description:
      'Line under the project name: what the project holds. {places}, {quarters} (areas such as cultural quarters), {routes} (cultural routes) and {links} (relations between places) are counts. The · separates the four counts.',
  },
  selectPlaceHint: {
    id: 'ui.app.selectPlaceHint',
    defaultMessage:
      'Click a place or an area on the map, or find a place by name, to see and edit it and to list the creative firms and tourism operators near a place.',
    description: 'Hint in the sidebar when no place, route or area is open.',
  },
  addPlace: {
    id: 'ui.app.addPlace',
    defaultMessage: 'Add place',
    description: 'Main button of the sidebar: click it, then click the map where a new place is. Keep it short.',
  },
  addPlaceActive: {
    id: 'ui.app.addPlaceActive',
    defaultMessage: 'Click the map…',
    description:
      'The “Add place” button while it waits for a click on the map (the place’s position). Keep it about as long as “Add place”.',
  },
});
