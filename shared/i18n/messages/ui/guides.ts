import { defineMessages } from '../../define-messages.js';

// The printed route guide (issue #16): its cover, its stops, and what its print view says while
// it is made. Printed on paper in the guide's language.

export const guideUiMessages = defineMessages({
  kicker: {
    id: 'ui.guides.kicker',
    defaultMessage:
      '{mode, select, wheelchair {Route by wheelchair} bicycle {Cycling route} car {Driving route} other {Walking route}} · {project}',
    description: 'Small line above a printed route guide’s title: the kind of route and the project’s name.',
  },
  length: {
    id: 'ui.guides.length',
    defaultMessage: 'Length',
    description: 'Label of a printed guide’s route length (e.g. “Length 2.4 km”).',
  },
  time: {
    id: 'ui.guides.time',
    defaultMessage:
      '{mode, select, wheelchair {Time by wheelchair} bicycle {Time by bicycle} car {Time by car} other {Walking time}}',
    description: 'Label of a printed guide’s travel time without the stops’ visits.',
  },
  ascent: {
    id: 'ui.guides.ascent',
    defaultMessage: 'Ascent',
    description: 'Label of the metres a printed guide’s route climbs in all.',
  },
  descent: {
    id: 'ui.guides.descent',
    defaultMessage: 'Descent',
    description: 'Label of the metres a printed guide’s route goes down in all.',
  },
  metres: {
    id: 'ui.guides.metres',
    defaultMessage: '{metres, number, ::precision-integer} m',
    description: 'Metres of ascent or descent; m is the unit symbol.',
  },
  stopCount: {
    id: 'ui.guides.stopCount',
    defaultMessage: '{count, plural, one {# stop} other {# stops}}',
    description: 'How many stops a printed route guide has.',
  },
  steps: {
    id: 'ui.guides.steps',
    defaultMessage:
      '{count, plural, =0 {No steps along the way.} one {One flight of steps along the way ({metres, number, ::precision-integer} m).} other {# flights of steps along the way ({metres, number, ::precision-integer} m).}}',
    description: 'Accessibility note of a printed guide: the steps the route takes, from the street network.',
  },
  surfaces: {
    id: 'ui.guides.surfaces',
    defaultMessage:
      '{rough, select, unpaved {Unpaved for {unpaved, number, ::precision-integer} m.} cobbles {Cobbles or setts for {cobbles, number, ::precision-integer} m.} both {Unpaved for {unpaved, number, ::precision-integer} m; cobbles or setts for {cobbles, number, ::precision-integer} m.} paved {Paved all the way, as far as the map knows.} other {Paved wherever the map records the surface.}}',
    description:
      'Accessibility note of a printed guide: the surfaces of the ways, from the street map’s data. “unpaved”: gravel, dirt, grass and the like; “paved”: the map records every surface and none is rough; “other”: no rough surface where the map records one, but it does not everywhere.',
  },
  surfaceGaps: {
    id: 'ui.guides.surfaceGaps',
    defaultMessage: 'The map records no surface for {share, number, ::percent} of the way.',
    description:
      'Accessibility note of a printed guide, after the surfaces: how much of the route the street map gives no surface for; {share} is a percentage (e.g. “40%”).',
  },
  wheelchair: {
    id: 'ui.guides.wheelchair',
    defaultMessage:
      '{access, select, no {Not suitable for wheelchairs: {metres, number, ::precision-integer} m cannot be used (steps, loose ground or barriers).} limited {Wheelchair users may need help for {metres, number, ::precision-integer} m (marked as limited access).} yes {Suitable for wheelchairs, as far as the map knows.} other {No obstacles for wheelchairs known, but the map records no surface for part of the way.}}',
    description:
      'Accessibility note of a printed guide: whether a wheelchair can follow the route, from the street map’s data. “no”: {metres} of the way a wheelchair cannot use; “limited”: ways marked as usable with help; “yes”: nothing in the way and every surface known; “other”: nothing known in the way, but surfaces missing.',
  },
  waysUnknown: {
    id: 'ui.guides.waysUnknown',
    defaultMessage: 'Surfaces and wheelchair access are not known: the route does not follow the map’s streets.',
    description:
      'Accessibility note of a printed guide whose route follows no street of the project’s map (straight or imported lines, or no street network), so its surfaces are unknown.',
  },
  straight: {
    id: 'ui.guides.straight',
    defaultMessage: 'Part of the way has no known path: it is drawn as a straight line.',
    description: 'Note of a printed guide when a leg of the route could not follow the streets.',
  },
  start: {
    id: 'ui.guides.start',
    defaultMessage: 'Start: {name}',
    description: 'Where a printed route guide starts; {name} is the first stop.',
  },
  stopHeading: {
    id: 'ui.guides.stopHeading',
    defaultMessage: '{number}. {name}',
    description: 'Heading of one stop in a printed guide: its number on the map and its name.',
  },
  openingHours: {
    id: 'ui.guides.openingHours',
    defaultMessage: 'Opening hours: {hours}',
    description: 'A stop’s opening hours as the place stores them (e.g. “Mo-Fr 10:00-18:00”).',
  },
  visit: {
    id: 'ui.guides.visit',
    defaultMessage: 'Time at this stop: {duration}',
    description: 'How long the route plans to stay at a stop; {duration} e.g. “20 min”.',
  },
  photoCredit: {
    id: 'ui.guides.photoCredit',
    defaultMessage: '{license, select, none {Photo: {credit}} other {Photo: {credit} ({license})}}',
    description:
      'Credit line under a stop’s photo in a printed guide; {license} is “none” when no licence is recorded.',
  },
  next: {
    id: 'ui.guides.next',
    defaultMessage: 'On to stop {number}: {length}, {duration}',
    description: 'Heading of the directions from one stop to the next in a printed guide.',
  },
  end: {
    id: 'ui.guides.end',
    defaultMessage: 'End of the route.',
    description: 'Written after the last stop of a printed guide.',
  },
  qrCaption: {
    id: 'ui.guides.qrCaption',
    defaultMessage: 'Scan for the route on your phone',
    description: 'Caption beside the QR code of a printed guide (it leads to the route online or to its start).',
  },
  qrLabel: {
    id: 'ui.guides.qrLabel',
    defaultMessage: 'QR code for {url}',
    description: 'What a screen reader says of the QR code image of a printed guide.',
  },
  mapLabel: {
    id: 'ui.guides.mapLabel',
    defaultMessage: 'Map of {name} with its {count} numbered stops',
    description: 'What a screen reader says of the printed guide’s map picture.',
  },
  north: {
    id: 'ui.guides.north',
    defaultMessage: 'N',
    description: 'Letter on the north arrow of a printed map (North).',
  },
  northLabel: {
    id: 'ui.guides.northLabel',
    defaultMessage: 'North is up',
    description: 'What a screen reader says of the north arrow of a printed map.',
  },
  scale: {
    id: 'ui.guides.scale',
    defaultMessage: 'Scale 1 : {scale, number, ::precision-integer}',
    description: 'A printed map’s scale as a ratio (e.g. “Scale 1 : 5,000”).',
  },
  mapData: {
    id: 'ui.guides.mapData',
    defaultMessage: 'Map data: {sources}',
    description: 'Attribution line of a printed map: whom the basemap data is owed to.',
  },
  made: {
    id: 'ui.guides.made',
    defaultMessage: 'Made with Itinera on {date}',
    description: 'Footer of a printed guide or map; {date} is the day it was printed.',
  },
  printSection: {
    id: 'ui.guides.printSection',
    defaultMessage: 'Printed guide',
    description: 'Heading of the route panel’s section that prints the route as a guide (map, stops, directions).',
  },
  paper: {
    id: 'ui.guides.paper',
    defaultMessage: 'Paper',
    description: 'Label of the paper size choice of a printed guide.',
  },
  paperName: {
    id: 'ui.guides.paperName',
    defaultMessage: '{paper, select, a5 {A5} letter {US Letter} other {A4}}',
    description: 'A paper size in the printed guide’s paper choice.',
  },
  layout: {
    id: 'ui.guides.layout',
    defaultMessage: 'Layout',
    description: 'Label of the layout choice of a printed guide.',
  },
  layoutName: {
    id: 'ui.guides.layoutName',
    defaultMessage: '{layout, select, booklet {Booklet (a page per stop)} other {Leaflet (stops one after another)}}',
    description: 'A layout in the printed guide’s layout choice.',
  },
  language: {
    id: 'ui.guides.language',
    defaultMessage: 'Language',
    description: 'Label of the language choice of a printed guide (one of the project’s content languages).',
  },
  projectTexts: {
    id: 'ui.guides.projectTexts',
    defaultMessage: 'The project’s texts',
    description: 'Language choice of a printed guide when the project has not said which language its texts are in.',
  },
  openPrintView: {
    id: 'ui.guides.openPrintView',
    defaultMessage: 'Print guide…',
    description: 'Button that opens the route’s printed guide in a window of its own and prints it.',
  },
  printHint: {
    id: 'ui.guides.printHint',
    defaultMessage:
      'Print guide… opens the guide in a window of its own and prints it; Save PDF makes the PDF on this computer.',
    description: 'Hint under the buttons that print a route guide.',
  },
  preparing: {
    id: 'ui.guides.preparing',
    defaultMessage: 'Preparing the guide…',
    description: 'Shown while the print view of a guide draws its map and loads its photos.',
  },
  failed: {
    id: 'ui.guides.failed',
    defaultMessage: 'The guide could not be made: {reason}',
    description: 'Shown in the print view when a guide cannot be made; {reason} says why.',
  },
});
