import { defineMessages } from '../../define-messages.js';

// Links between places (partner in a project, funder, uses a heritage site…): the form after the
// Link tool picked two places, the selected place's list of links, and the link editor.

export const linkMessages = defineMessages({
  newLinkTitle: {
    id: 'ui.links.newLinkTitle',
    defaultMessage: 'New link',
    description: 'Heading of the form shown after two places were clicked with the Link tool.',
  },
  between: {
    id: 'ui.links.between',
    defaultMessage: '{from} → {to}',
    description:
      'The two places of a new link; {from} and {to} are their names. The arrow points from the first to the second.',
  },
  type: {
    id: 'ui.links.type',
    defaultMessage: 'Link type',
    description: 'Label of the drop-down of kinds of link (partner in a project, funder, tenant of a space…).',
  },
  note: {
    id: 'ui.links.note',
    defaultMessage: 'Note',
    description: 'Label of a short free-text note on a link.',
  },
  save: {
    id: 'ui.links.save',
    defaultMessage: 'Save link',
    description: 'Button that saves a new or edited link. Keep it short (about 14 characters).',
  },
  saved: {
    id: 'ui.links.saved',
    defaultMessage: 'Linked “{from}” and “{to}”.',
    description: 'Status after a link was created; {from} and {to} are the two places’ names.',
  },
  samePlace: {
    id: 'ui.links.samePlace',
    defaultMessage: 'A place cannot be linked with itself: click another place.',
    description: 'Error when the Link tool’s second click is on the first place again.',
  },
  listTitle: {
    id: 'ui.links.listTitle',
    defaultMessage: 'Links',
    description: 'Heading of the selected place’s links (a count follows it).',
  },
  empty: {
    id: 'ui.links.empty',
    defaultMessage: 'No links yet. Use the Link tool on the map, or link a place nearby below.',
    description: 'Shown instead of the list when the place has no links. “Link tool” is the tool of that name.',
  },
  to: {
    id: 'ui.links.to',
    defaultMessage: '→ {name}',
    description: 'A link from the selected place to another; {name} is the other place’s name.',
  },
  from: {
    id: 'ui.links.from',
    defaultMessage: '← {name}',
    description: 'A link from another place to the selected one; {name} is the other place’s name.',
  },
  deleteLabel: {
    id: 'ui.links.deleteLabel',
    defaultMessage: 'Delete the link with “{name}”',
    description: 'Name and tooltip of the × button of a link; {name} is the other place’s name.',
  },
  deleteFailed: {
    id: 'ui.links.deleteFailed',
    defaultMessage: 'The link was not deleted: {reason}',
    description: 'Error after deleting a link failed; {reason} is why (a message of its own).',
  },
  strength: {
    id: 'ui.links.strength',
    defaultMessage: 'Strength',
    description: 'Label of how strong a link is (1 very weak … 5 very strong).',
  },
  strengthNone: {
    id: 'ui.links.strengthNone',
    defaultMessage: 'Not assessed',
    description: 'The empty choice of the strength drop-down: nobody judged the link’s strength.',
  },
  strengthOption: {
    id: 'ui.links.strengthOption',
    defaultMessage: '{value, number} · {label}',
    description: 'A choice of the strength drop-down: the number on the scale of 1 to 5 and its name (4 · Strong).',
  },
  startDate: {
    id: 'ui.links.startDate',
    defaultMessage: 'Since',
    description: 'Label of the date a link started (since when the two work together).',
  },
  typeLabel: {
    id: 'ui.links.typeLabel',
    defaultMessage: 'Type',
    description: 'Label of the kind of link in the link editor.',
  },
  summarySince: {
    id: 'ui.links.summarySince',
    defaultMessage: 'since {date}',
    description: 'Details of a link in the list when only its start is known; {date} is the date.',
  },
  summaryStrengthSince: {
    id: 'ui.links.summaryStrengthSince',
    defaultMessage: '{strength} · since {date}',
    description: 'Details of a link in the list: its strength ({strength}, e.g. Strong) and since when ({date}).',
  },
});
