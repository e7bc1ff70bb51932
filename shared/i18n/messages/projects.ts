import { defineMessages } from '../define-messages.js';

// Errors of the projects service (electron/services/projects): making, opening, copying and
// uploading project files. They name a project by its name or file name, never by a path, a
// temporary file or a channel: the page that reads them may be a browser on another account.

export const projectsMessages = defineMessages({
  nameCharacters: {
    id: 'projects.problem.nameCharacters',
    defaultMessage: 'cannot contain \\ / : * ? " < > | or be only dots',
    description:
      'Problem of a project name that cannot be a file name; follows the field name ("Name: …"). Keep the characters as they are.',
  },
  reservedName: {
    id: 'projects.error.reservedName',
    defaultMessage: '“{name}” cannot be the name of a file; choose another name.',
    description: 'Error when a project name is a name the system keeps for itself (such as CON or NUL).',
  },
  unknownProject: {
    id: 'projects.problem.unknownProject',
    defaultMessage: 'is not a project of the list',
    description: 'Problem of a request that names a project by something that is not an id of the project list.',
  },
  notInList: {
    id: 'projects.error.notInList',
    defaultMessage:
      'This project is no longer in the list: its file was moved, renamed or deleted. Nothing was opened.',
    description: 'Error when the person opens a project of the list whose file has gone meanwhile.',
  },
  notProjectFileName: {
    id: 'projects.problem.notProjectFileName',
    defaultMessage: 'is not a project file (.gpkg)',
    description: 'Problem of an uploaded file whose name does not end in .gpkg; follows the field name.',
  },
  exists: {
    id: 'projects.error.exists',
    defaultMessage: 'There is already a project file named {fileName}; choose another name. Nothing was changed.',
    description: 'Error when a new project or a copy would take the file name of an existing project.',
  },
  cannotCreate: {
    id: 'projects.error.cannotCreate',
    defaultMessage: 'Itinera could not create the project “{name}”: {reason}',
    description: 'Error when a new project cannot be made; {reason} says why.',
  },
  cannotOpen: {
    id: 'projects.error.cannotOpen',
    defaultMessage: 'Itinera could not open {fileName}: {reason} The open project stays open.',
    description: 'Error when a project of the list cannot be opened; {reason} says why.',
  },
  cannotCopy: {
    id: 'projects.error.cannotCopy',
    defaultMessage: 'Itinera could not save a copy as {fileName}: {reason} Nothing was changed.',
    description: 'Error when a copy of the open project cannot be written; {reason} says why.',
  },
  copyOverOpen: {
    id: 'projects.error.copyOverOpen',
    defaultMessage: 'A copy cannot replace the open project’s own file; choose another name or place.',
    description: 'Error when the person saves a copy of the open project onto its own file.',
  },
  uploadRefused: {
    id: 'projects.error.uploadRefused',
    defaultMessage: 'The uploaded file {fileName} is not a project Itinera can open: {reason} Nothing was added.',
    description: 'Error when an uploaded file is not an Itinera project; {reason} says why.',
  },
  uploadTooLarge: {
    id: 'projects.error.uploadTooLarge',
    defaultMessage:
      'The uploaded file {fileName} is larger than {limit, number} MB, the most the browser can upload. Start Itinera with “itinera serve --project FILE” to open it. Nothing was added.',
    description: 'Error when an uploaded project file is over the upload limit; {limit} is that limit in megabytes.',
  },
  damaged: {
    id: 'projects.reason.damaged',
    defaultMessage: 'the file is damaged (SQLite’s integrity check failed).',
    description: 'Reason an uploaded project is refused: its database fails the integrity check.',
  },
  diskFull: {
    id: 'projects.reason.diskFull',
    defaultMessage: 'the disk is full.',
    description: 'Reason a project file could not be written.',
  },
  notAllowed: {
    id: 'projects.reason.notAllowed',
    defaultMessage: 'Itinera may not write there.',
    description: 'Reason a project file could not be written: no permission.',
  },
  notWritten: {
    id: 'projects.reason.notWritten',
    defaultMessage: 'the file could not be written.',
    description: 'Reason a project file could not be written, when the system gives no clearer one.',
  },
  notInBrowser: {
    id: 'projects.error.notInBrowser',
    defaultMessage:
      'In the browser Itinera cannot look through this computer’s folders; upload the project file instead.',
    description: 'Error when the page asks to choose a file with the system’s dialog in serve mode (browser).',
  },
});
