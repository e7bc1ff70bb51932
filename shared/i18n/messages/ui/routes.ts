import { defineMessages } from '../../define-messages.js';

// Cultural routes drawn on the map through places: the form that names a new one, and why a
// drawn line is not a route.

export const routeMessages = defineMessages({
  newRouteTitle: {
    id: 'ui.routes.newRouteTitle',
    defaultMessage: 'New route',
    description: 'Heading of the form shown after a route was drawn on the map.',
  },
  stops: {
    id: 'ui.routes.stops',
    defaultMessage: '{count, plural, one {# stop} other {# stops}}: {names}',
    description:
      'Under the heading of a new route: how many stops it has ({count}) and their names in order ({names}, joined with arrows).',
  },
  mode: {
    id: 'ui.routes.mode',
    defaultMessage: 'Travelled',
    description: 'Label of the drop-down that says how the route is travelled (on foot, by bicycle, by car…).',
  },
  save: {
    id: 'ui.routes.save',
    defaultMessage: 'Save route',
    description: 'Button that saves the drawn route. Keep it short (about 14 characters).',
  },
  saved: {
    id: 'ui.routes.saved',
    defaultMessage: 'Route “{name}” saved.',
    description: 'Status after a drawn route was saved; {name} is its name.',
  },
  stopNotOnPlace: {
    id: 'ui.routes.stopNotOnPlace',
    defaultMessage: 'Every point of a route must be on a place: click on the places it stops at.',
    description: 'Error after drawing a route with a point that is not on a place.',
  },
  needsTwoStops: {
    id: 'ui.routes.needsTwoStops',
    defaultMessage: 'A route needs at least two different stops.',
    description: 'Error after drawing a route through fewer than two different places.',
  },
});
