import { defineMessages } from '../../define-messages.js';

// The selected place's neighbours: creative firms and tourism operators within a distance, each
// linked to it already or ready to link.

export const nearbyMessages = defineMessages({
  title: {
    id: 'ui.nearby.title',
    defaultMessage: 'Nearby',
    description: 'Heading of the list of creative firms and tourism operators near the selected place.',
  },
  intro: {
    id: 'ui.nearby.intro',
    defaultMessage: 'Creative firms and tourism operators within',
    description: 'Label of the distance drop-down that follows it (e.g. “… within 250 m”).',
  },
  metres: {
    id: 'ui.nearby.metres',
    defaultMessage: '{metres, number, ::precision-integer} m',
    description: 'A distance in metres; {metres} is a number. m is the unit symbol.',
  },
  measure: {
    id: 'ui.nearby.measure',
    defaultMessage: 'Distance',
    description:
      'Label of the drop-down that chooses how nearby distances are measured (as the crow flies or on foot).',
  },
  measureStraight: {
    id: 'ui.nearby.measureStraight',
    defaultMessage: 'as the crow flies',
    description: 'Option of the distance drop-down: straight-line distances.',
  },
  measureWalking: {
    id: 'ui.nearby.measureWalking',
    defaultMessage: 'on foot, along the streets',
    description: 'Option of the distance drop-down: walking distances along the street network of the project.',
  },
  walkingMetres: {
    id: 'ui.nearby.walkingMetres',
    defaultMessage: '{metres, number, ::precision-integer} m on foot',
    description: 'A walking distance in metres along the streets; {metres} is a number. m is the unit symbol.',
  },
  offNetwork: {
    id: 'ui.nearby.offNetwork',
    defaultMessage: 'This place is more than 50 m from any street of the project: distances as the crow flies.',
    description:
      'Shown when walking distances were asked for but the selected place lies too far from the street network.',
  },
  loading: {
    id: 'ui.nearby.loading',
    defaultMessage: 'Looking around…',
    description: 'Shown while the places nearby are looked for.',
  },
  empty: {
    id: 'ui.nearby.empty',
    defaultMessage: 'None within this distance.',
    description: 'Shown when no firm or operator is within the distance.',
  },
  linked: {
    id: 'ui.nearby.linked',
    defaultMessage: 'linked',
    description: 'Mark on a nearby place that is already linked with the selected place. Very short.',
  },
  link: {
    id: 'ui.nearby.link',
    defaultMessage: 'Link',
    description: 'Small button that links a nearby place with the selected place. Very short.',
  },
  linking: {
    id: 'ui.nearby.linking',
    defaultMessage: 'Linking…',
    description: 'The Link button while the link is made. Very short.',
  },
  linkLabel: {
    id: 'ui.nearby.linkLabel',
    defaultMessage: 'Link “{name}” with this place',
    description: 'Name (for screen readers) of the Link button; {name} is the nearby place’s name.',
  },
  selectLabel: {
    id: 'ui.nearby.selectLabel',
    defaultMessage: 'Show “{name}”',
    description: 'Name (for screen readers) of a nearby place’s name, which selects it; {name} is its name.',
  },
});
