import { defineMessages } from '../../define-messages.js';

// Cultural routes: the form that names one drawn on the map (and why a drawn line is not a
// route), the list of routes, the route panel (summary, stops, best order, elevation profile,
// places along it), and the dialog that proposes a tour.

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
  hintAddStop: {
    id: 'ui.routes.hintAddStop',
    defaultMessage:
      'Route “{name}” is open: click a place on the map to add it as a stop, or drag the line to make it pass elsewhere.',
    description: 'Shown over the map while a route is open in the panel; {name} is the route’s name.',
  },
  alreadyStop: {
    id: 'ui.routes.alreadyStop',
    defaultMessage: '“{name}” is already stop {number} of this route.',
    description:
      'Status after clicking a place that is already a stop of the open route; {number} is its position (1 = first).',
  },
  stopAdded: {
    id: 'ui.routes.stopAdded',
    defaultMessage: '“{name}” added to “{route}” as stop {number}.',
    description:
      'Status after a place was added to a route as a stop; {route} is the route’s name, {number} the stop’s position (1 = first).',
  },
  stopMoved: {
    id: 'ui.routes.stopMoved',
    defaultMessage: '“{name}” is now stop {number}.',
    description:
      'Status after a stop was moved to another position in its route; {number} is the new position (1 = first).',
  },
  stopRemoved: {
    id: 'ui.routes.stopRemoved',
    defaultMessage: '“{name}” removed from “{route}”.',
    description: 'Status after a stop was removed from a route; {name} is the place, {route} the route.',
  },
  deleted: {
    id: 'ui.routes.deleted',
    defaultMessage: 'Route “{name}” deleted. Undo brings it back.',
    description: 'Status after a route was deleted; {name} is its name.',
  },
  orderKept: {
    id: 'ui.routes.orderKept',
    defaultMessage: 'The stops of “{name}” are in the new order.',
    description: 'Status after the user kept the best order proposed for a route; {name} is the route’s name.',
  },
  closePanel: {
    id: 'ui.routes.closePanel',
    defaultMessage: 'Close the route panel',
    description: 'Name and tooltip of the × button that closes the open route’s panel.',
  },
  subtitle: {
    id: 'ui.routes.subtitle',
    defaultMessage: '{mode} · {count, plural, one {# stop} other {# stops}}',
    description:
      'Under the route’s name in its panel: how it is travelled ({mode}, e.g. “On foot”) and how many stops it has.',
  },
  length: {
    id: 'ui.routes.length',
    defaultMessage: 'Length',
    description: 'Label of the route’s length in the route panel’s summary.',
  },
  travelTime: {
    id: 'ui.routes.travelTime',
    defaultMessage:
      '{mode, select, walk {Walking time} wheelchair {Time by wheelchair} bicycle {Cycling time} other {Driving time}}',
    description: 'Label of the time a route takes on the way (without the visits), by how it is travelled.',
  },
  visitsTime: {
    id: 'ui.routes.visitsTime',
    defaultMessage: 'Time at the stops',
    description: 'Label of the minutes spent visiting the stops, added up, in the route panel’s summary.',
  },
  totalTime: {
    id: 'ui.routes.totalTime',
    defaultMessage: 'Total with visits',
    description: 'Label of the whole time of a route: on the way plus at the stops.',
  },
  ascent: {
    id: 'ui.routes.ascent',
    defaultMessage: 'Ascent',
    description: 'Label of how many metres a route climbs in total (needs an elevation file).',
  },
  descent: {
    id: 'ui.routes.descent',
    defaultMessage: 'Descent',
    description: 'Label of how many metres a route goes down in total (needs an elevation file).',
  },
  endsAt: {
    id: 'ui.routes.endsAt',
    defaultMessage: 'Ends at',
    description: 'Label of the time of day a route with a start time reaches its last stop.',
  },
  flatTimes: {
    id: 'ui.routes.flatTimes',
    defaultMessage: 'Times as on the flat: add an elevation file under Basemaps to count the climbs.',
    description: 'Note under a route’s summary when the project has no elevation file.',
  },
  straightWarning: {
    id: 'ui.routes.straightWarning',
    defaultMessage:
      '{count, plural, one {# leg is a straight line} other {# legs are straight lines}}, not a path on the map: drawn dashed.',
    description: 'Warning in the route panel when parts of the route could not follow the streets and paths.',
  },
  lengthMetres: {
    id: 'ui.routes.lengthMetres',
    defaultMessage: '{metres, number, ::precision-integer} m',
    description: 'A length in metres; m is the unit symbol.',
  },
  lengthKilometres: {
    id: 'ui.routes.lengthKilometres',
    defaultMessage: '{kilometres, number, ::.#} km',
    description: 'A length in kilometres with at most one decimal; km is the unit symbol.',
  },
  duration: {
    id: 'ui.routes.duration',
    defaultMessage: '{hours, plural, =0 {{minutes} min} other {# h {minutes} min}}',
    description: 'A duration in hours and minutes, e.g. “1 h 5 min” or “45 min”; h and min are unit abbreviations.',
  },
  saving: {
    id: 'ui.routes.saving',
    defaultMessage: '{length} and {duration}',
    description: 'A difference in length and time, e.g. “300 m and 4 min” (used in “Saves …”).',
  },
  description: {
    id: 'ui.routes.description',
    defaultMessage: 'Description',
    description: 'Label of the route’s description field.',
  },
  speed: {
    id: 'ui.routes.speed',
    defaultMessage: 'Speed (km/h)',
    description:
      'Label of the route’s speed on the flat, in kilometres per hour; empty means the usual speed (shown greyed).',
  },
  startTime: {
    id: 'ui.routes.startTime',
    defaultMessage: 'Starts at',
    description: 'Label of the time of day the route starts, for the arrival times at its stops.',
  },
  saveChanges: {
    id: 'ui.routes.saveChanges',
    defaultMessage: 'Save changes',
    description: 'Button that saves the route’s name, description, mode, speed and start time. Keep it short.',
  },
  stopsTitle: {
    id: 'ui.routes.stopsTitle',
    defaultMessage: '{count, plural, one {# stop} other {# stops}}',
    description: 'Heading of the list of a route’s stops, with how many there are.',
  },
  stopsHint: {
    id: 'ui.routes.stopsHint',
    defaultMessage:
      'Drag a stop by its grip, or move it with the arrow buttons (on the grip, the arrow keys work too).',
    description: 'Short help above the list of a route’s stops on how to change their order.',
  },
  dragStop: {
    id: 'ui.routes.dragStop',
    defaultMessage: 'Move “{name}” (stop {number}): drag it, or press the up or down arrow key',
    description:
      'Name and tooltip of the grip by which a stop is dragged to another position; {number} is its position.',
  },
  showStop: {
    id: 'ui.routes.showStop',
    defaultMessage: 'Show “{name}” on the map',
    description: 'Tooltip of a place’s name in a route’s lists; clicking it moves the map there.',
  },
  moveStopUp: {
    id: 'ui.routes.moveStopUp',
    defaultMessage: 'Move “{name}” up',
    description: 'Name and tooltip of the ↑ button that moves a stop one position earlier in the route.',
  },
  moveStopDown: {
    id: 'ui.routes.moveStopDown',
    defaultMessage: 'Move “{name}” down',
    description: 'Name and tooltip of the ↓ button that moves a stop one position later in the route.',
  },
  removeStop: {
    id: 'ui.routes.removeStop',
    defaultMessage: 'Remove “{name}” from the route',
    description: 'Name and tooltip of the × button that removes a stop from the route (the place stays).',
  },
  arrivesLeaves: {
    id: 'ui.routes.arrivesLeaves',
    defaultMessage: '{stays, select, yes {Arrives {arrival}, leaves {departure}} other {Passes at {arrival}}}',
    description:
      'When the walk reaches a stop and leaves it again (times of day); “Passes at” when no time is spent there.',
  },
  visitMinutes: {
    id: 'ui.routes.visitMinutes',
    defaultMessage: 'Visit (min)',
    description: 'Short label before the number of minutes spent at a stop. Keep it short.',
  },
  visitMinutesOf: {
    id: 'ui.routes.visitMinutesOf',
    defaultMessage: 'Minutes spent at “{name}”',
    description: 'Name (for screen readers) of the field with the minutes spent at a stop.',
  },
  segment: {
    id: 'ui.routes.segment',
    defaultMessage:
      '{length}, {minutes, plural, one {# minute} other {# minutes}} {mode, select, walk {on foot} wheelchair {by wheelchair} bicycle {by bicycle} other {by car}}',
    description: 'The way from one stop to the next: its length ({length}, e.g. “350 m”) and time.',
  },
  segmentWithClimbs: {
    id: 'ui.routes.segmentWithClimbs',
    defaultMessage:
      '{length}, {minutes, plural, one {# minute} other {# minutes}} {mode, select, walk {on foot} wheelchair {by wheelchair} bicycle {by bicycle} other {by car}}, {ascent} m up, {descent} m down',
    description: 'The way from one stop to the next with what it climbs and descends, in metres.',
  },
  straightReason: {
    id: 'ui.routes.straightReason',
    defaultMessage:
      'Straight line, not a path: {reason, select, offNetwork {a stop is away from the mapped paths} noPath {no path joins these stops} other {this way of travelling is not routed}}.',
    description: 'Warning on a part of a route drawn as a straight line, with why.',
  },
  directions: {
    id: 'ui.routes.directions',
    defaultMessage: 'Directions',
    description: 'Button that unfolds the turn-by-turn directions to a stop.',
  },
  bestOrderTitle: {
    id: 'ui.routes.bestOrderTitle',
    defaultMessage: 'Best order',
    description: 'Heading of the section that finds the order of the stops that takes least time.',
  },
  bestOrderKind: {
    id: 'ui.routes.bestOrderKind',
    defaultMessage: 'Kind of route',
    description: 'Name (for screen readers) of the choice between a route ending elsewhere and a round trip.',
  },
  orderOpen: {
    id: 'ui.routes.orderOpen',
    defaultMessage: 'Ends at another stop',
    description: 'Choice: the best order may end at any stop (the first stop stays first).',
  },
  orderRound: {
    id: 'ui.routes.orderRound',
    defaultMessage: 'Round trip, back to the start',
    description: 'Choice: the best order comes back to the first stop.',
  },
  orderFixEnd: {
    id: 'ui.routes.orderFixEnd',
    defaultMessage: 'Keep the last stop last',
    description: 'Check box: the best order keeps the current last stop at the end.',
  },
  bestOrderFind: {
    id: 'ui.routes.bestOrderFind',
    defaultMessage: 'Find the best order',
    description: 'Button that asks for the order of the stops that takes least time.',
  },
  bestOrderFinding: {
    id: 'ui.routes.bestOrderFinding',
    defaultMessage: 'Finding…',
    description: 'The best-order button while the order is being found. Keep it short.',
  },
  orderAlreadyBest: {
    id: 'ui.routes.orderAlreadyBest',
    defaultMessage: 'The stops are already in the best order.',
    description: 'Result of the best-order search when nothing better was found.',
  },
  orderSaves: {
    id: 'ui.routes.orderSaves',
    defaultMessage: 'Saves {saving}.',
    description: 'What the proposed order saves against the current one; {saving} is e.g. “300 m and 4 min”.',
  },
  orderCosts: {
    id: 'ui.routes.orderCosts',
    defaultMessage: 'Takes {saving} more.',
    description:
      'What the proposed order costs more than the current one (e.g. when a round trip is asked for); {saving} is e.g. “300 m and 4 min”.',
  },
  orderExact: {
    id: 'ui.routes.orderExact',
    defaultMessage:
      '{exact, select, yes {No order is shorter.} other {The best order found: too many stops to try every order.}}',
    description: 'After the savings: whether the proposed order is proven the best or only the best found.',
  },
  orderKeep: {
    id: 'ui.routes.orderKeep',
    defaultMessage: 'Keep this order',
    description: 'Button that saves the proposed order of the stops. Keep it short.',
  },
  orderDrop: {
    id: 'ui.routes.orderDrop',
    defaultMessage: 'Drop',
    description: 'Button that forgets the proposed order. Keep it short.',
  },
  elevationTitle: {
    id: 'ui.routes.elevationTitle',
    defaultMessage: 'Elevation profile',
    description: 'Heading of the chart of the route’s height along its length.',
  },
  elevationSummary: {
    id: 'ui.routes.elevationSummary',
    defaultMessage:
      'Elevation profile: {ascent} m up, {descent} m down, highest point {highest} m, lowest {lowest} m. The arrow keys move along it.',
    description: 'Name (for screen readers) of the elevation chart, with its figures in metres.',
  },
  elevationAt: {
    id: 'ui.routes.elevationAt',
    defaultMessage: '{height} m above sea level, {distance} from the start',
    description: 'Read-out of the spot pointed at on the elevation chart; {distance} is a length such as “1.2 km”.',
  },
  elevationHint: {
    id: 'ui.routes.elevationHint',
    defaultMessage: 'Point at the profile to see the spot on the map.',
    description: 'Shown under the elevation chart before the user points at it.',
  },
  alongTitle: {
    id: 'ui.routes.alongTitle',
    defaultMessage: 'Along the route',
    description: 'Heading of the list of places near the route’s line.',
  },
  alongWithin: {
    id: 'ui.routes.alongWithin',
    defaultMessage: 'Walking distance up to',
    description: 'Label of the distance drop-down (e.g. “… 100 m”) of the places along the route.',
  },
  alongKind: {
    id: 'ui.routes.alongKind',
    defaultMessage: 'Kind',
    description: 'Label of the drop-down that narrows the places along the route to one kind.',
  },
  alongAllKinds: {
    id: 'ui.routes.alongAllKinds',
    defaultMessage: 'All kinds',
    description: 'The choice of the kind drop-down that shows places of every kind.',
  },
  alongLoading: {
    id: 'ui.routes.alongLoading',
    defaultMessage: 'Looking along the route…',
    description: 'Shown while the places along the route are looked for.',
  },
  alongEmpty: {
    id: 'ui.routes.alongEmpty',
    defaultMessage: 'No places within this distance.',
    description: 'Shown when no place is near the route.',
  },
  alongIsStop: {
    id: 'ui.routes.alongIsStop',
    defaultMessage: 'Stop',
    description: 'Marks a place along the route that is already one of its stops. Keep it short.',
  },
  addAsStop: {
    id: 'ui.routes.addAsStop',
    defaultMessage: 'Add as stop',
    description: 'Button that adds a place along the route as one of its stops. Keep it short.',
  },
  addAsStopOf: {
    id: 'ui.routes.addAsStopOf',
    defaultMessage: 'Add “{name}” as a stop',
    description: 'Name (for screen readers) of the button that adds the place {name} as a stop of the open route.',
  },
  adding: {
    id: 'ui.routes.adding',
    defaultMessage: 'Adding…',
    description: 'An add button while the stop is being added. Keep it short.',
  },
  deleteRoute: {
    id: 'ui.routes.deleteRoute',
    defaultMessage: 'Delete route',
    description: 'Button at the bottom of the route panel; asks for confirmation first. Keep it short.',
  },
  deleteQuestion: {
    id: 'ui.routes.deleteQuestion',
    defaultMessage: 'Delete the route “{name}”? Its places stay in the project.',
    description: 'Confirmation before deleting a route; {name} is its name.',
  },
  deleting: {
    id: 'ui.routes.deleting',
    defaultMessage: 'Deleting…',
    description: 'The Delete button while the route is being deleted. Keep it short.',
  },
  listTitle: {
    id: 'ui.routes.listTitle',
    defaultMessage: 'Routes',
    description: 'Heading of the list of the project’s routes in the sidebar.',
  },
  listEmpty: {
    id: 'ui.routes.listEmpty',
    defaultMessage: 'No routes yet: draw one with the Route tool on the map, or propose a tour.',
    description: 'Shown in the sidebar when the project has no route.',
  },
  listItemMeta: {
    id: 'ui.routes.listItemMeta',
    defaultMessage: '{mode} · {stops, plural, one {# stop} other {# stops}} · {length} · {duration}',
    description: 'Under a route’s name in the list: how it is travelled, its stops, length and time on the way.',
  },
  proposeTour: {
    id: 'ui.routes.proposeTour',
    defaultMessage: 'Propose a tour…',
    description: 'Button that opens the dialog proposing a round trip. Keep it short.',
  },
  proposeTourFromHere: {
    id: 'ui.routes.proposeTourFromHere',
    defaultMessage: 'Propose a tour from here…',
    description: 'Button in a place’s panel that opens the dialog proposing a round trip starting at this place.',
  },
  placeRoutesTitle: {
    id: 'ui.routes.placeRoutesTitle',
    defaultMessage: 'Routes',
    description: 'Heading of the section of a place’s panel listing the routes that stop there.',
  },
  placeOnNoRoute: {
    id: 'ui.routes.placeOnNoRoute',
    defaultMessage: 'No route stops here.',
    description: 'Shown in a place’s panel when no route stops at the place.',
  },
  placeStopNumber: {
    id: 'ui.routes.placeStopNumber',
    defaultMessage: 'stop {number} of {count}',
    description: 'After a route’s name in a place’s panel: which stop of the route the place is.',
  },
  addToRoute: {
    id: 'ui.routes.addToRoute',
    defaultMessage: 'Add as a stop of',
    description: 'Label of the drop-down of routes to which the place can be added as a stop.',
  },
  tourTitle: {
    id: 'ui.routes.tourTitle',
    defaultMessage: 'Propose a tour',
    description: 'Title of the dialog that proposes a round trip.',
  },
  tourIntro: {
    id: 'ui.routes.tourIntro',
    defaultMessage: 'A round trip from one place, in the time there is, past the places that count most.',
    description: 'Explanation under the title of the tour dialog.',
  },
  tourStart: {
    id: 'ui.routes.tourStart',
    defaultMessage: 'Start and end at',
    description: 'Label of the drop-down of the place where the proposed round trip starts and ends.',
  },
  tourMinutes: {
    id: 'ui.routes.tourMinutes',
    defaultMessage: 'Time (minutes)',
    description: 'Label of the number of minutes the whole tour may take, visits included.',
  },
  tourVisitMinutes: {
    id: 'ui.routes.tourVisitMinutes',
    defaultMessage: 'Minutes at each place',
    description: 'Label of the number of minutes spent at each place of the tour.',
  },
  tourKinds: {
    id: 'ui.routes.tourKinds',
    defaultMessage: 'Visit places of these kinds',
    description: 'Label of the check boxes of the kinds of place the tour may visit.',
  },
  tourPropose: {
    id: 'ui.routes.tourPropose',
    defaultMessage: 'Propose',
    description: 'Button that asks for a proposed tour. Keep it short.',
  },
  tourProposeAgain: {
    id: 'ui.routes.tourProposeAgain',
    defaultMessage: 'Propose again',
    description: 'Button that asks for a new proposal with the changed choices. Keep it short.',
  },
  tourAccept: {
    id: 'ui.routes.tourAccept',
    defaultMessage: 'Create the route',
    description: 'Button that creates a route from the proposed tour. Keep it short.',
  },
  tourSummary: {
    id: 'ui.routes.tourSummary',
    defaultMessage: '{count, plural, one {# place} other {# places}} to visit, {length}, {duration} with the visits.',
    description: 'Summary of a proposed tour: how many places, its length (e.g. “2.4 km”) and time (e.g. “1 h 5 min”).',
  },
  tourScore: {
    id: 'ui.routes.tourScore',
    defaultMessage: 'score {score, number, ::.#}',
    description: 'How relevant a place of the proposed tour is (a number, higher is more relevant).',
  },
  tourScoreHint: {
    id: 'ui.routes.tourScoreHint',
    defaultMessage:
      'Scores: heritage sites 3, museums and venues 2.5, creative spaces 2, cultural institutions and public spaces 1.5, other places 1; half a point more with a description.',
    description: 'How the scores of a proposed tour are counted.',
  },
  tourDefaultName: {
    id: 'ui.routes.tourDefaultName',
    defaultMessage: 'Tour from {start} ({minutes} min)',
    description: 'The name a proposed tour is given at first; {start} is the start place’s name.',
  },
  viaAdded: {
    id: 'ui.routes.viaAdded',
    defaultMessage: 'Route “{name}” now passes where its line was dropped.',
    description:
      'Status after the open route’s line was dragged to a point it now passes through; {name} is the route’s name.',
  },
  segmentVias: {
    id: 'ui.routes.segmentVias',
    defaultMessage:
      '{count, plural, one {Through # point the line was dragged to.} other {Through # points the line was dragged to.}}',
    description: 'On the way to a stop: how many points the user dragged the line through.',
  },
  removeVias: {
    id: 'ui.routes.removeVias',
    defaultMessage: 'Remove dragged points',
    description:
      'Button that takes away the points the line to a stop was dragged through (the line follows the streets again). Keep it short.',
  },
  viasRemoved: {
    id: 'ui.routes.viasRemoved',
    defaultMessage: 'The line of “{name}” follows the streets again there.',
    description: 'Status after the dragged points of a part of the route were removed; {name} is the route’s name.',
  },
  addToNamedRoute: {
    id: 'ui.routes.addToNamedRoute',
    defaultMessage: 'Add “{name}” as a stop of “{route}”',
    description:
      'Name and tooltip of the button in the Nearby list that adds a place near a route’s stop to that route; {route} is the route’s name.',
  },
});
