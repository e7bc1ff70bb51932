import { defineMessages } from '../define-messages.js';

// Why an area drawn on the map cannot be saved (checked before anything is sent to the backend).

export const geoMessages = defineMessages({
  noOutline: {
    id: 'geo.area.noOutline',
    defaultMessage: 'The area has no outline.',
    description: 'Error after drawing an area that has no outline at all.',
  },
  longitudeRange: {
    id: 'geo.area.longitudeRange',
    defaultMessage:
      'The longitude of {hole, plural, =0 {corner {corner, number}} other {corner {corner, number} of hole #}} must be between -180 and 180.',
    description:
      'Error about a drawn area: a corner lies outside the world’s longitudes; {corner} is the corner’s number, {hole} the number of the hole in the area it belongs to (0: the outline itself).',
  },
  latitudeRange: {
    id: 'geo.area.latitudeRange',
    defaultMessage:
      'The latitude of {hole, plural, =0 {corner {corner, number}} other {corner {corner, number} of hole #}} must be between -90 and 90.',
    description:
      'Error about a drawn area: a corner lies outside the world’s latitudes; {corner} is the corner’s number, {hole} the number of the hole in the area it belongs to (0: the outline itself).',
  },
  tooFewCorners: {
    id: 'geo.area.tooFewCorners',
    defaultMessage: 'An area needs at least three corners.',
    description: 'Error after drawing an area with fewer than three corners.',
  },
  notClosed: {
    id: 'geo.area.notClosed',
    defaultMessage: 'The outline of an area must end where it starts.',
    description: 'Error about an area whose outline is not closed.',
  },
  tooFewDistinctCorners: {
    id: 'geo.area.tooFewDistinctCorners',
    defaultMessage: 'An area needs at least three different corners.',
    description: 'Error after drawing an area whose corners are fewer than three different points.',
  },
  crossesItself: {
    id: 'geo.area.crossesItself',
    defaultMessage:
      'The outline crosses itself (near {latitude, number, ::.00000}° N, {longitude, number, ::.00000}° E). Draw it without crossing lines.',
    description:
      'Error after drawing an area whose edges cross; {latitude} and {longitude} (degrees north and east) say where. N and E are the compass points.',
  },
  invalidArea: {
    id: 'geo.area.invalidArea',
    defaultMessage:
      'The area is not valid: {kind, select, ringSelfIntersection {its outline touches itself} holeOutsideShell {a hole lies outside the outline} nestedHoles {a hole lies inside another hole} disconnectedInterior {its holes cut it into pieces} other {a ring has fewer than three different corners}} (near {latitude, number, ::.00000}° N, {longitude, number, ::.00000}° E).',
    description:
      'Error about a drawn area that GIS programs would call invalid, other than crossing edges; {kind} says how, {latitude} and {longitude} (degrees north and east) where.',
  },
});
