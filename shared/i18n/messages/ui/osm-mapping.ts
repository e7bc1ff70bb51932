import { defineMessages } from '../../define-messages.js';

// The OpenStreetMap category mapping dialog: which OSM tags become which kind of place, with how
// many places each rule made at the last import; rules are changed, added and removed here.

export const osmMappingMessages = defineMessages({
  title: {
    id: 'ui.osmMapping.title',
    defaultMessage: 'OpenStreetMap categories',
    description: 'Heading of the dialog that lists which OpenStreetMap tags become which kind of place.',
  },
  intro: {
    id: 'ui.osmMapping.intro',
    defaultMessage:
      'Which OpenStreetMap tags become which kind of place. Creative firms follow the cultural domains of ESSnet-Culture (Eurostat): architecture, advertising, visual arts and design, publishing, audiovisual, music, art crafts. IT offices, trades and other businesses are left out. The highest priority wins; changes apply at the next import.',
    description:
      'Explanation at the top of the OpenStreetMap category dialog. ESSnet-Culture and Eurostat are names: keep them.',
  },
  filterLabel: {
    id: 'ui.osmMapping.filterLabel',
    defaultMessage: 'Find a tag',
    description: 'Label of the search field that narrows the list of rules to tags containing the text typed.',
  },
  tagHeader: {
    id: 'ui.osmMapping.tagHeader',
    defaultMessage: 'OpenStreetMap tag',
    description: 'Column heading: the tag a rule looks for, like office=architect.',
  },
  categoryHeader: {
    id: 'ui.osmMapping.categoryHeader',
    defaultMessage: 'Becomes',
    description: 'Column heading: the kind of place (category) a rule makes, or “Left out”.',
  },
  sectorHeader: {
    id: 'ui.osmMapping.sectorHeader',
    defaultMessage: 'Creative sector',
    description: 'Column heading: the creative sector of the creative firms a rule makes.',
  },
  priorityHeader: {
    id: 'ui.osmMapping.priorityHeader',
    defaultMessage: 'Priority',
    description: 'Column heading: which rule wins when several match a feature (the highest number).',
  },
  countHeader: {
    id: 'ui.osmMapping.countHeader',
    defaultMessage: 'Last import',
    description:
      'Column heading: how many places each rule made at the last import (for a rule that leaves features out: how many it left out).',
  },
  countTitle: {
    id: 'ui.osmMapping.countTitle',
    defaultMessage: 'Places this rule made at the last import; for “Left out”, the features it kept out',
    description: 'Tooltip of the “Last import” column heading.',
  },
  never: {
    id: 'ui.osmMapping.never',
    defaultMessage: 'not yet used',
    description: 'In the “Last import” column: the rule was not in the table at the last import.',
  },
  condition: {
    id: 'ui.osmMapping.condition',
    defaultMessage: 'only with {requires}',
    description: 'Under a rule’s tag: the extra tag it needs, like “only with information=office”.',
  },
  leftOut: {
    id: 'ui.osmMapping.leftOut',
    defaultMessage: 'Left out (not a place)',
    description: 'Choice in a rule’s category list: features with this tag are not imported.',
  },
  noSector: {
    id: 'ui.osmMapping.noSector',
    defaultMessage: 'No sector',
    description: 'Choice in a rule’s sector list: the creative firms it makes get no sector.',
  },
  categoryOf: {
    id: 'ui.osmMapping.categoryOf',
    defaultMessage: 'What {tag} becomes',
    description: 'Name (for screen readers) of a rule’s category list; {tag} is the rule’s tag, like office=it.',
  },
  sectorOf: {
    id: 'ui.osmMapping.sectorOf',
    defaultMessage: 'Creative sector of {tag}',
    description: 'Name (for screen readers) of a rule’s sector list; {tag} is the rule’s tag.',
  },
  priorityOf: {
    id: 'ui.osmMapping.priorityOf',
    defaultMessage: 'Priority of {tag}',
    description: 'Name (for screen readers) of a rule’s priority field; {tag} is the rule’s tag.',
  },
  remove: {
    id: 'ui.osmMapping.remove',
    defaultMessage: 'Remove',
    description: 'Button that removes one rule of the category mapping.',
  },
  removeOf: {
    id: 'ui.osmMapping.removeOf',
    defaultMessage: 'Remove the rule for {tag}',
    description: 'Name (for screen readers) of the Remove button of one rule; {tag} is its tag.',
  },
  addTitle: {
    id: 'ui.osmMapping.addTitle',
    defaultMessage: 'Add a rule',
    description: 'Heading of the form that adds a rule to the category mapping.',
  },
  keyLabel: {
    id: 'ui.osmMapping.keyLabel',
    defaultMessage: 'Key',
    description: 'Label of the field for the OpenStreetMap key of a new rule (like office or craft).',
  },
  valueLabel: {
    id: 'ui.osmMapping.valueLabel',
    defaultMessage: 'Value (* for any)',
    description: 'Label of the field for the OpenStreetMap value of a new rule (like architect); * means any value.',
  },
  requiresLabel: {
    id: 'ui.osmMapping.requiresLabel',
    defaultMessage: 'Only with (optional)',
    description: 'Label of the field for the extra tag a new rule needs: a key, or key=value; may stay empty.',
  },
  add: {
    id: 'ui.osmMapping.add',
    defaultMessage: 'Add rule',
    description: 'Button that adds the new rule to the category mapping.',
  },
  saved: {
    id: 'ui.osmMapping.saved',
    defaultMessage: 'Saved {tag}.',
    description: 'Status in the category dialog after a rule was changed or added; {tag} is its tag.',
  },
  removed: {
    id: 'ui.osmMapping.removed',
    defaultMessage: 'Removed the rule for {tag}.',
    description: 'Status in the category dialog after a rule was removed; {tag} is its tag.',
  },
  noMatch: {
    id: 'ui.osmMapping.noMatch',
    defaultMessage: 'No rule has a tag containing “{text}”.',
    description: 'Shown instead of the list when the search text finds no rule; {text} is what was typed.',
  },
  rulesLabel: {
    id: 'ui.osmMapping.rulesLabel',
    defaultMessage: 'Category rules',
    description: 'Name (for screen readers) of the scrollable table of category mapping rules.',
  },
});
