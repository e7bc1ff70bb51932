import { defineMessages } from '../define-messages.js';

// Names of edits, as the Undo and Redo buttons and a feature's History show them ("Move
// Gozzoburg"). Stored in the project as id and values, so each reader sees them in their language.

export const editMessages = defineMessages({
  addPlace: {
    id: 'edit.addPlace',
    defaultMessage: 'Add {name}',
    description: 'Edit name: a place was added; {name} is its name.',
  },
  movePlace: {
    id: 'edit.movePlace',
    defaultMessage: 'Move {name}',
    description: 'Edit name: a place was moved on the map.',
  },
  editPlace: {
    id: 'edit.editPlace',
    defaultMessage: 'Edit {name}',
    description: 'Edit name: fields of a place were changed.',
  },
  deletePlace: {
    id: 'edit.deletePlace',
    defaultMessage: 'Delete {name}',
    description: 'Edit name: a place was deleted.',
  },
  deletePlaces: {
    id: 'edit.deletePlaces',
    defaultMessage: 'Delete {count, plural, one {# place} other {# places}}',
    description: 'Edit name: several places picked on the map were deleted at once.',
  },
  movePlaces: {
    id: 'edit.movePlaces',
    defaultMessage: 'Move {count, plural, one {# place} other {# places}}',
    description: 'Edit name: several places picked on the map were moved together.',
  },
  drawArea: {
    id: 'edit.drawArea',
    defaultMessage: 'Draw {name}',
    description: 'Edit name: an area (quarter) was drawn.',
  },
  reshapeArea: {
    id: 'edit.reshapeArea',
    defaultMessage: 'Reshape {name}',
    description: 'Edit name: the outline of an area was changed.',
  },
  editArea: {
    id: 'edit.editArea',
    defaultMessage: 'Edit {name}',
    description: 'Edit name: fields of an area were changed.',
  },
  deleteArea: {
    id: 'edit.deleteArea',
    defaultMessage: 'Delete {name}',
    description: 'Edit name: an area was deleted.',
  },
  addRoute: {
    id: 'edit.addRoute',
    defaultMessage: 'Add route {name}',
    description: 'Edit name: a cultural route was added.',
  },
  editRoute: {
    id: 'edit.editRoute',
    defaultMessage: 'Edit route {name}',
    description: 'Edit name: a route was changed.',
  },
  rerouteRoute: {
    id: 'edit.rerouteRoute',
    defaultMessage: 'Route {name} again',
    description: 'Edit name: a route’s line was routed again along the current streets and paths.',
  },
  deleteRoute: {
    id: 'edit.deleteRoute',
    defaultMessage: 'Delete route {name}',
    description: 'Edit name: a route was deleted.',
  },
  linkPlaces: {
    id: 'edit.linkPlaces',
    defaultMessage: 'Link {from} and {to}',
    description: 'Edit name: a link between two places was added.',
  },
  editLink: {
    id: 'edit.editLink',
    defaultMessage: 'Edit link {from} – {to}',
    description: 'Edit name: a link between two places was changed.',
  },
  removeLink: {
    id: 'edit.removeLink',
    defaultMessage: 'Remove link {from} – {to}',
    description: 'Edit name: a link between two places was removed.',
  },
  addGroup: { id: 'edit.addGroup', defaultMessage: 'Add group {name}', description: 'Edit name: a group was added.' },
  editGroup: {
    id: 'edit.editGroup',
    defaultMessage: 'Edit group {name}',
    description: 'Edit name: a group was changed.',
  },
  deleteGroup: {
    id: 'edit.deleteGroup',
    defaultMessage: 'Delete group {name}',
    description: 'Edit name: a group was deleted.',
  },
  addToGroup: {
    id: 'edit.addToGroup',
    defaultMessage: 'Add {member} to {group}',
    description: 'Edit name: a place or area was added to a group.',
  },
  removeFromGroup: {
    id: 'edit.removeFromGroup',
    defaultMessage: 'Remove {member} from {group}',
    description: 'Edit name: a place or area was taken out of a group.',
  },
  addEvent: { id: 'edit.addEvent', defaultMessage: 'Add event {title}', description: 'Edit name: an event was added.' },
  editEvent: {
    id: 'edit.editEvent',
    defaultMessage: 'Edit event {title}',
    description: 'Edit name: an event was changed.',
  },
  deleteEvent: {
    id: 'edit.deleteEvent',
    defaultMessage: 'Delete event {title}',
    description: 'Edit name: an event was deleted.',
  },
  addField: {
    id: 'edit.addField',
    defaultMessage: 'Add field {name}',
    description: 'Edit name: a custom field was defined.',
  },
  editField: {
    id: 'edit.editField',
    defaultMessage: 'Edit field {name}',
    description: 'Edit name: a custom field definition was changed.',
  },
  removeField: {
    id: 'edit.removeField',
    defaultMessage: 'Remove field {name}',
    description: 'Edit name: a custom field definition was removed.',
  },
  attach: {
    id: 'edit.attach',
    defaultMessage: 'Attach {fileName}',
    description: 'Edit name: a photo or document was attached.',
  },
  renameAttachment: {
    id: 'edit.renameAttachment',
    defaultMessage: 'Rename {fileName}',
    description: 'Edit name: an attachment was renamed.',
  },
  describeAttachment: {
    id: 'edit.describeAttachment',
    defaultMessage: 'Describe {fileName}',
    description:
      'Edit name: the caption, credit (photographer), licence or date of an attachment (photo or document) was changed.',
  },
  captionAttachment: {
    id: 'edit.captionAttachment',
    defaultMessage: 'Caption {fileName}',
    description: 'Edit name: the caption of an attachment was changed.',
  },
  removeAttachment: {
    id: 'edit.removeAttachment',
    defaultMessage: 'Remove {fileName}',
    description: 'Edit name: an attachment was removed.',
  },
  addAnnotation: {
    id: 'edit.addAnnotation',
    defaultMessage: 'Add annotation to {feature}',
    description: 'Edit name: a note was added; {feature} names what it is on (e.g. "place 12").',
  },
  editAnnotation: {
    id: 'edit.editAnnotation',
    defaultMessage: 'Edit annotation',
    description: 'Edit name: a note was changed.',
  },
  deleteAnnotation: {
    id: 'edit.deleteAnnotation',
    defaultMessage: 'Delete annotation',
    description: 'Edit name: a note was deleted.',
  },
  undoOf: {
    id: 'edit.undoOf',
    defaultMessage: 'Undo {label}',
    description: 'History entry of an undo; {label} names the edit undone.',
  },
  redoOf: {
    id: 'edit.redoOf',
    defaultMessage: 'Redo {label}',
    description: 'History entry of a redo; {label} names the edit redone.',
  },
  stored: {
    id: 'edit.stored',
    defaultMessage: '{label}',
    description: 'An edit name stored by an older version of Itinera, shown as it was written. Keep as is.',
  },
  featureRef: {
    id: 'edit.featureRef',
    defaultMessage:
      '{type, select, place {place} quarter {area} route {route} event {event} group {group} other {feature}} {id}',
    description: 'A feature named by its kind and number in an edit name, e.g. "place 12".',
  },
  addOsmRule: {
    id: 'edit.addOsmRule',
    defaultMessage: 'Add OpenStreetMap rule {tag}',
    description:
      'Edit name: a rule of the OpenStreetMap category mapping was added; {tag} is its tag, e.g. office=architect.',
  },
  editOsmRule: {
    id: 'edit.editOsmRule',
    defaultMessage: 'Change OpenStreetMap rule {tag}',
    description:
      'Edit name: a rule of the OpenStreetMap category mapping was changed; {tag} is its tag, e.g. office=it.',
  },
  removeOsmRule: {
    id: 'edit.removeOsmRule',
    defaultMessage: 'Remove OpenStreetMap rule {tag}',
    description: 'Edit name: a rule of the OpenStreetMap category mapping was removed; {tag} is its tag.',
  },
});

export const editErrorMessages = defineMessages({
  nothingToUndo: {
    id: 'edit.error.nothingToUndo',
    defaultMessage: 'There is nothing to undo.',
    description: 'Error when Undo is asked with no edit left.',
  },
  nothingToRedo: {
    id: 'edit.error.nothingToRedo',
    defaultMessage: 'There is nothing to redo.',
    description: 'Error when Redo is asked with no undone edit.',
  },
  staleUndo: {
    id: 'edit.error.staleUndo',
    defaultMessage:
      'Cannot undo “{label}”: what it changed was changed since by something else (an import, another window or another program). It was taken off the undo list; nothing was changed.',
    description: 'Error when an edit cannot be undone because its data changed since.',
  },
  staleRedo: {
    id: 'edit.error.staleRedo',
    defaultMessage:
      'Cannot redo “{label}”: what it changed was changed since by something else (an import, another window or another program). It was taken off the redo list; nothing was changed.',
    description: 'Error when an edit cannot be redone because its data changed since.',
  },
});
