import { defineMessages } from '../define-messages.js';

// Errors of OpenStreetMap imports.

export const osmMessages = defineMessages({
  emptyFile: {
    id: 'osm.error.emptyFile',
    defaultMessage: '{fileName}: the file is empty',
    description: 'Error when the chosen OpenStreetMap extract has no content; {fileName} is its name.',
  },
  notStaged: {
    id: 'osm.error.notStaged',
    defaultMessage: 'This extract is no longer staged; choose the file again.',
    description:
      'Error when an OpenStreetMap import is started after its file was let go (another file chosen, the project switched).',
  },
  ruleNotFound: {
    id: 'osm.error.ruleNotFound',
    defaultMessage: 'There is no OpenStreetMap category rule {id}.',
    description:
      'Error when a rule of the OpenStreetMap category mapping is asked for that does not exist; {id} is its number.',
  },
  ruleExists: {
    id: 'osm.error.ruleExists',
    defaultMessage: 'There is already a rule for {tag}; change that one instead.',
    description:
      'Error when a second category mapping rule is added for the same OpenStreetMap tag (and condition); {tag} is e.g. office=architect.',
  },
  notInReview: {
    id: 'osm.error.notInReview',
    defaultMessage: 'This import is not waiting for you to review its matches.',
    description:
      'Error when the matches of an OpenStreetMap import are confirmed while the import is not at that step (finished, cancelled, still reading).',
  },
  mappingRow: {
    id: 'osm.error.mappingRow',
    defaultMessage:
      'The project’s OSM category mapping (osm_category_mapping), row {row, number, ::group-off}: {problem}.',
    description:
      'Error when an OpenStreetMap import finds a broken rule in the project file (edited by another program); keep osm_category_mapping (a table name); {problem} is one of osm.rule.*.',
  },
  invalidPlace: {
    id: 'osm.error.invalidPlace',
    defaultMessage: '{osm}: {problem}',
    description:
      'Why an OpenStreetMap object was left out of an import as invalid; {osm} names the object (e.g. node/123), {problem} what is wrong (e.g. "Website: must be a web address").',
  },
});

// What is wrong with a stored rule of the category mapping ({problem} of osm.error.mappingRow).
// Keep the column names key, value, requires, priority and the values in quotes as they are.

export const osmRuleProblemMessages = defineMessages({
  keyEmpty: {
    id: 'osm.rule.keyEmpty',
    defaultMessage: 'key is empty',
    description: 'Problem of a stored category mapping rule: it names no OpenStreetMap key (column key).',
  },
  valueEmpty: {
    id: 'osm.rule.valueEmpty',
    defaultMessage: 'value is empty (use * for any value)',
    description: 'Problem of a stored category mapping rule: its value (column value) is empty; "*" matches any value.',
  },
  requiresNotText: {
    id: 'osm.rule.requiresNotText',
    defaultMessage: 'requires must be text ("" for no condition)',
    description: 'Problem of a stored category mapping rule: its condition (column requires) is not text.',
  },
  unknownCategory: {
    id: 'osm.rule.unknownCategory',
    defaultMessage: '"{category}" is not a known category (or "{none}")',
    description:
      'Problem of a stored category mapping rule: its category is none Itinera knows; {none} is the word that leaves features out ("none").',
  },
  unknownSector: {
    id: 'osm.rule.unknownSector',
    defaultMessage: '"{sector}" is not a known creative sector',
    description: 'Problem of a stored category mapping rule: its creative sector is none Itinera knows.',
  },
  priorityNotNumber: {
    id: 'osm.rule.priorityNotNumber',
    defaultMessage: 'priority is not a number',
    description: 'Problem of a stored category mapping rule: its priority (column priority) is not a number.',
  },
});
