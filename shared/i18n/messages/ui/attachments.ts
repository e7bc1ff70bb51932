import { defineMessages } from '../../define-messages.js';

// Photos and documents attached to a place, and annotations (notes with author, date and source,
// as heritage institutions record them).

export const attachmentMessages = defineMessages({
  title: {
    id: 'ui.attachments.title',
    defaultMessage: 'Photos and documents',
    description: 'Heading of the selected place’s photos and documents.',
  },
  empty: {
    id: 'ui.attachments.empty',
    defaultMessage: 'No photo or document yet. Add one, or drop image and PDF files on this panel.',
    description: 'Shown when the place has no photos or documents.',
  },
  loading: {
    id: 'ui.attachments.loading',
    defaultMessage: 'Loading photos and documents…',
    description: 'Shown while the place’s photos and documents are read.',
  },
  add: {
    id: 'ui.attachments.add',
    defaultMessage: 'Add photo or document',
    description: 'Button that opens the file chooser to attach files to the place. Keep it short.',
  },
  adding: {
    id: 'ui.attachments.adding',
    defaultMessage: 'Adding “{fileName}”…',
    description: 'Progress while a file is attached; {fileName} is its name.',
  },
  drop: {
    id: 'ui.attachments.drop',
    defaultMessage: 'Drop photos or documents to attach them',
    description: 'Shown over the place panel while files are dragged over it.',
  },
  tooLarge: {
    id: 'ui.attachments.tooLarge',
    defaultMessage: '“{fileName}” is larger than {megabytes, number} MB and was not added.',
    description: 'Error when a file is too large to attach; {fileName} is its name, {megabytes} the limit.',
  },
  openLabel: {
    id: 'ui.attachments.openLabel',
    defaultMessage: 'Open {fileName}',
    description: 'Name (for screen readers) of a thumbnail that opens the file; {fileName} is its name.',
  },
  download: {
    id: 'ui.attachments.download',
    defaultMessage: 'Download',
    description: 'Button that saves a document to the computer. Keep it short.',
  },
  remove: {
    id: 'ui.attachments.remove',
    defaultMessage: 'Remove',
    description: 'Button that removes a photo or document (asks first). Keep it short.',
  },
  removeQuestion: {
    id: 'ui.attachments.removeQuestion',
    defaultMessage: 'Remove “{fileName}” from this place? It is deleted from the project.',
    description: 'Confirmation before removing an attached file; {fileName} is its name.',
  },
  confirmRemove: {
    id: 'ui.attachments.confirmRemove',
    defaultMessage: 'Remove it',
    description: 'Button that confirms removing the file. Keep it short.',
  },
  caption: {
    id: 'ui.attachments.caption',
    defaultMessage: 'Caption',
    description: 'Label of a photo’s or document’s caption.',
  },
  credit: {
    id: 'ui.attachments.credit',
    defaultMessage: 'Credit',
    description:
      'Label of the field for who must be credited for a photo or document: the photographer or rights holder, as it is to be printed (e.g. “Anna Berger / Kulturamt Krems”).',
  },
  license: {
    id: 'ui.attachments.license',
    defaultMessage: 'Licence',
    description:
      'Label of the field for the licence of a photo or document, by name (e.g. “CC BY 4.0”) or web address.',
  },
  dateCreated: {
    id: 'ui.attachments.dateCreated',
    defaultMessage: 'Date taken',
    description: 'Label of the field for the day a photo was taken or a document was made.',
  },
  saveDetails: {
    id: 'ui.attachments.saveDetails',
    defaultMessage: 'Save details',
    description: 'Button that saves the caption, credit, licence and date of a photo or document. Keep it short.',
  },
  sizeKilobytes: {
    id: 'ui.attachments.sizeKilobytes',
    defaultMessage: '{kilobytes, number} KB',
    description: 'Size of a file under one megabyte; {kilobytes} is a whole number.',
  },
  sizeMegabytes: {
    id: 'ui.attachments.sizeMegabytes',
    defaultMessage: '{megabytes, number, ::.0} MB',
    description: 'Size of a file of a megabyte or more, with one decimal; {megabytes} is a number.',
  },
  imageFailed: {
    id: 'ui.attachments.imageFailed',
    defaultMessage: 'This image could not be shown.',
    description: 'Shown in the viewer when a photo cannot be decoded.',
  },
  annotationsTitle: {
    id: 'ui.attachments.annotationsTitle',
    defaultMessage: 'Annotations',
    description: 'Heading of the selected place’s annotations (notes with author, date and source).',
  },
  annotationsEmpty: {
    id: 'ui.attachments.annotationsEmpty',
    defaultMessage: 'No annotation yet: add notes with their author, date and source.',
    description: 'Shown when the place has no annotations.',
  },
  annotationsLoading: {
    id: 'ui.attachments.annotationsLoading',
    defaultMessage: 'Loading annotations…',
    description: 'Shown while the annotations are read.',
  },
  annotationAdd: {
    id: 'ui.attachments.annotationAdd',
    defaultMessage: 'Add annotation',
    description: 'Button that opens the form for a new annotation. Keep it short.',
  },
  annotationText: {
    id: 'ui.attachments.annotationText',
    defaultMessage: 'Note',
    description: 'Label of an annotation’s text.',
  },
  annotationAuthor: {
    id: 'ui.attachments.annotationAuthor',
    defaultMessage: 'Author',
    description: 'Label of who wrote an annotation.',
  },
  annotationDate: {
    id: 'ui.attachments.annotationDate',
    defaultMessage: 'Date',
    description: 'Label of the date of an annotation.',
  },
  annotationSource: {
    id: 'ui.attachments.annotationSource',
    defaultMessage: 'Source or citation',
    description: 'Label of where an annotation comes from (a file number, a book).',
  },
  annotationSave: {
    id: 'ui.attachments.annotationSave',
    defaultMessage: 'Save annotation',
    description: 'Button that saves an annotation. Keep it short.',
  },
  annotationDeleteQuestion: {
    id: 'ui.attachments.annotationDeleteQuestion',
    defaultMessage: 'Delete this annotation?',
    description: 'Confirmation before deleting an annotation.',
  },
  annotationConfirmDelete: {
    id: 'ui.attachments.annotationConfirmDelete',
    defaultMessage: 'Delete it',
    description: 'Button that confirms deleting the annotation. Keep it short.',
  },
  annotationUnknownAuthor: {
    id: 'ui.attachments.annotationUnknownAuthor',
    defaultMessage: 'Unknown author',
    description: 'Shown in place of the author of an annotation that has none.',
  },
  annotationSourceLine: {
    id: 'ui.attachments.annotationSourceLine',
    defaultMessage: 'Source: {source}',
    description: 'Under an annotation: where it comes from; {source} is what the user wrote (a citation).',
  },
});
