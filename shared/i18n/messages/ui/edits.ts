import { defineMessages } from '../../define-messages.js';

// Undo and redo (buttons, keyboard, Edit menu) and a place's history of changes. The names of
// the edits themselves (“Move Gozzoburg”) are messages of the backend (edit.*).

export const editUiMessages = defineMessages({
  groupLabel: {
    id: 'ui.edits.groupLabel',
    defaultMessage: 'Undo and redo',
    description: 'Name (for screen readers) of the pair of Undo and Redo buttons.',
  },
  undo: {
    id: 'ui.edits.undo',
    defaultMessage: 'Undo',
    description: 'Button that undoes the last edit. Very little room: about 8 characters.',
  },
  redo: {
    id: 'ui.edits.redo',
    defaultMessage: 'Redo',
    description: 'Button that redoes the last undone edit. Very little room: about 8 characters.',
  },
  undoTitle: {
    id: 'ui.edits.undoTitle',
    defaultMessage: 'Undo “{label}” (Ctrl+Z)',
    description:
      'Tooltip of the Undo button; {label} names the edit it would undo (e.g. “Move Gozzoburg”). Ctrl+Z is the key.',
  },
  nothingToUndo: {
    id: 'ui.edits.nothingToUndo',
    defaultMessage: 'Nothing to undo',
    description: 'Tooltip of the Undo button when there is nothing to undo.',
  },
  redoTitle: {
    id: 'ui.edits.redoTitle',
    defaultMessage: 'Redo “{label}” (Ctrl+Shift+Z)',
    description: 'Tooltip of the Redo button; {label} names the edit it would redo. Ctrl+Shift+Z is the key.',
  },
  nothingToRedo: {
    id: 'ui.edits.nothingToRedo',
    defaultMessage: 'Nothing to redo',
    description: 'Tooltip of the Redo button when there is nothing to redo.',
  },
  undone: {
    id: 'ui.edits.undone',
    defaultMessage: 'Undone: {label}.',
    description: 'Status after an undo; {label} names the edit that was undone.',
  },
  redone: {
    id: 'ui.edits.redone',
    defaultMessage: 'Redone: {label}.',
    description: 'Status after a redo; {label} names the edit that was redone.',
  },
  undoFailed: {
    id: 'ui.edits.undoFailed',
    defaultMessage: 'Could not undo: {reason}',
    description: 'Error when an undo was refused; {reason} is why (a message of its own).',
  },
  redoFailed: {
    id: 'ui.edits.redoFailed',
    defaultMessage: 'Could not redo: {reason}',
    description: 'Error when a redo was refused; {reason} is why (a message of its own).',
  },
  historyTitle: {
    id: 'ui.edits.historyTitle',
    defaultMessage: 'History',
    description: 'Heading of the selected place’s list of changes.',
  },
  historyEmpty: {
    id: 'ui.edits.historyEmpty',
    defaultMessage: 'No changes recorded yet.',
    description: 'Shown when the place’s history is empty.',
  },
  historyLoading: {
    id: 'ui.edits.historyLoading',
    defaultMessage: 'Loading history…',
    description: 'Shown while the history is read.',
  },
  historyShowAll: {
    id: 'ui.edits.historyShowAll',
    defaultMessage: 'Show all',
    description: 'Button under the first entries of the history that shows every entry. Keep it short.',
  },
  historyField: {
    id: 'ui.edits.historyField',
    defaultMessage:
      '{field, select, geom {position} custom_fields {custom fields} category {category} sector {sector} name {name} description {description} address {address} website {website} tags {tags} start_date {start date} end_date {end date} strength {strength} type {type} note {note} base_id {first place} related_id {second place} kind {kind} title {title} venue_place_id {venue} level {level} parent_id {parent group} mode {travel mode} caption {caption} text {text} author {author} date {date} source {source} file_name {file name} position {order} osm_type {OpenStreetMap type} osm_id {OpenStreetMap id} other {{field}}}',
    description:
      'The name of a changed field in a history entry (and of a field in conflict after a workspace sync), in lower case as it sits in a list (“start date, strength”); {field} is the stored column: geom is the position on the map, base_id and related_id the two places of a link (or a group and its member).',
  },
});
