import { defineMessages } from '../../define-messages.js';

// The map used with the keyboard: how to use it (the map's description for screen readers, and
// the hint over the map while it has keyboard focus), and what each key press did (read out by
// screen readers from a polite live region). The crosshair is the cross drawn at the map's centre.

export const mapKeyboardMessages = defineMessages({
  skipToMap: {
    id: 'ui.mapKeyboard.skipToMap',
    defaultMessage: 'Skip to the map',
    description:
      'A link first in the window, seen only when the keyboard reaches it: it moves the keyboard focus straight to the map.',
  },
  helpBrowse: {
    id: 'ui.mapKeyboard.helpBrowse',
    defaultMessage: 'Arrow keys move the map; + and − zoom in and out.',
    description: 'How to use the map with the keyboard when no drawing tool is on (hint and screen readers).',
  },
  helpPlace: {
    id: 'ui.mapKeyboard.helpPlace',
    defaultMessage:
      'Move the map with the arrow keys until the crosshair is where the new place is, then press Enter. + and − zoom; Esc cancels.',
    description:
      'How to add a place with the keyboard (Place tool on, map focused). The crosshair is the cross at the map’s centre.',
  },
  helpArea: {
    id: 'ui.mapKeyboard.helpArea',
    defaultMessage:
      'Move the map with the arrow keys; Enter adds a corner at the crosshair, Backspace removes the last one, Enter again on the same spot finishes. Esc cancels.',
    description:
      'How to draw an area with the keyboard (Area tool on, map focused). Enter, Backspace and Esc are keyboard keys.',
  },
  helpRoute: {
    id: 'ui.mapKeyboard.helpRoute',
    defaultMessage:
      'Move the map with the arrow keys until the crosshair is on a place; Enter adds it as a stop, Backspace removes the last one, Enter again finishes. Esc cancels.',
    description:
      'How to draw a route with the keyboard (Route tool on, map focused). Enter, Backspace and Esc are keyboard keys.',
  },
  placePicked: {
    id: 'ui.mapKeyboard.placePicked',
    defaultMessage: 'Position chosen at the crosshair. Name the new place.',
    description: 'Read out after Enter chose the new place’s position at the map’s centre; a form asks its name next.',
  },
  cornerAdded: {
    id: 'ui.mapKeyboard.cornerAdded',
    defaultMessage: 'Corner {count} added.',
    description: 'Read out after Enter added a corner to the area being drawn; {count} is its number (1, 2, 3…).',
  },
  stopAdded: {
    id: 'ui.mapKeyboard.stopAdded',
    defaultMessage: 'Stop {count}: {name}.',
    description:
      'Read out after Enter added a stop to the route being drawn; {count} is its number, {name} the place’s name.',
  },
  cornerRemoved: {
    id: 'ui.mapKeyboard.cornerRemoved',
    defaultMessage:
      'Last corner removed; {count, plural, =0 {no corners left} one {# corner left} other {# corners left}}.',
    description:
      'Read out after Backspace removed the last corner of the area being drawn; {count} is how many remain.',
  },
  stopRemoved: {
    id: 'ui.mapKeyboard.stopRemoved',
    defaultMessage: 'Last stop removed; {count, plural, =0 {no stops left} one {# stop left} other {# stops left}}.',
    description: 'Read out after Backspace removed the last stop of the route being drawn; {count} is how many remain.',
  },
  nothingToRemove: {
    id: 'ui.mapKeyboard.nothingToRemove',
    defaultMessage: 'Nothing drawn yet.',
    description: 'Read out when Backspace is pressed while drawing but no corner or stop has been added.',
  },
  areaTooFew: {
    id: 'ui.mapKeyboard.areaTooFew',
    defaultMessage:
      'An area needs at least 3 corners; {count, plural, one {# corner so far} other {# corners so far}}. Move the map to add another.',
    description: 'Read out when Enter tried to finish an area with fewer than 3 corners; {count} is how many it has.',
  },
  routeTooFew: {
    id: 'ui.mapKeyboard.routeTooFew',
    defaultMessage: 'A route needs at least 2 stops. Move the map to another place and press Enter.',
    description: 'Read out when Enter tried to finish a route with only one stop.',
  },
  noPlaceHere: {
    id: 'ui.mapKeyboard.noPlaceHere',
    defaultMessage: 'No place under the crosshair. Move the map until a place is at its centre, or zoom in.',
    description: 'Read out when Enter was pressed in the Route tool but no place is at the map’s centre.',
  },
  areaFinished: {
    id: 'ui.mapKeyboard.areaFinished',
    defaultMessage: 'Outline finished with {count} corners. Name the new area.',
    description: 'Read out when the area drawn with the keyboard was finished; a form asks its name next.',
  },
  routeFinished: {
    id: 'ui.mapKeyboard.routeFinished',
    defaultMessage: 'Route finished with {count} stops. Name the new route.',
    description: 'Read out when the route drawn with the keyboard was finished; a form asks its name next.',
  },
  cancelled: {
    id: 'ui.mapKeyboard.cancelled',
    defaultMessage: 'Drawing cancelled.',
    description: 'Read out when Esc threw away the corners or stops drawn with the keyboard.',
  },
});
