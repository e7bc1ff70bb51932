import { defineMessages } from '../define-messages.js';

// Errors of attachments (photos and documents on a feature) and annotations (notes and sources).

export const attachmentsMessages = defineMessages({
  notFound: {
    id: 'attachments.error.notFound',
    defaultMessage: 'There is no attachment with id {id}.',
    description: 'Error when a request names an attached file that does not exist; {id} is its number.',
  },
  annotationNotFound: {
    id: 'attachments.error.annotationNotFound',
    defaultMessage: 'There is no annotation with id {id}.',
    description: 'Error when a request names an annotation (a note with a source) that does not exist.',
  },
  noThumbnail: {
    id: 'attachments.error.noThumbnail',
    defaultMessage: 'Attachment {id} has no thumbnail.',
    description: 'Error when the small preview image of an attached file is asked for but was never made.',
  },
  tooLarge: {
    id: 'attachments.error.tooLarge',
    defaultMessage:
      '"{fileName}" ({megabytes, number, ::.0} MB) is over the {limit, number} MB limit for an attachment. Nothing was added.',
    description:
      'Error when a file to attach is too large; {megabytes} is its size, {limit} the largest size allowed, both in megabytes.',
  },
  refused: {
    id: 'attachments.error.refused',
    defaultMessage: '"{fileName}" cannot be attached: {reason}. Nothing was added.',
    description: 'Error when a file cannot be attached; {reason} is one of the attachments.reason messages.',
  },
  badThumbnail: {
    id: 'attachments.error.badThumbnail',
    defaultMessage:
      'The thumbnail of "{fileName}" must be a JPEG, PNG or WebP image of at most {kilobytes, number} KB. Nothing was added.',
    description: 'Error when the preview image the app made of a photo is not a small image; {kilobytes} is the limit.',
  },
  markup: {
    id: 'attachments.reason.markup',
    defaultMessage: 'HTML, SVG and XML files are not accepted as attachments (a browser would run scripts inside them)',
    description: 'Why a file cannot be attached (shown inside attachments.error.refused): it is a web page or markup.',
  },
  empty: {
    id: 'attachments.reason.empty',
    defaultMessage: 'the file is empty',
    description: 'Why a file cannot be attached (shown inside attachments.error.refused): it has no content.',
  },
  unknownFormat: {
    id: 'attachments.reason.unknownFormat',
    defaultMessage:
      'it is not one of the accepted formats (JPEG, PNG, WebP, GIF, AVIF, TIFF or HEIC images, PDF, Word, Excel, PowerPoint or OpenDocument files, ZIP archives and plain text)',
    description:
      'Why a file cannot be attached (shown inside attachments.error.refused): its content is none of the listed formats.',
  },
});
