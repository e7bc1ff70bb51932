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
