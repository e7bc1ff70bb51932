import { defineMessages } from '../define-messages.js';

// Errors of imports and exports (files in and out of a project).

export const transferMessages = defineMessages({
  notStaged: {
    id: 'transfer.error.notStaged',
    defaultMessage: 'This import is no longer staged; choose the file again.',
    description:
      'Error when an import preview is confirmed after the file was let go (another file chosen, the project switched).',
  },
  importRunning: {
    id: 'transfer.error.importRunning',
    defaultMessage: 'This import is already being written.',
    description: 'Error when the import of a file is started a second time while the first is still writing.',
  },
  importCancelled: {
    id: 'transfer.error.importCancelled',
    defaultMessage: 'The import of {fileName} was cancelled; nothing was added to the project.',
    description: 'Shown when the user cancelled an import while it was writing; {fileName} is the file’s name.',
  },
  importFailed: {
    id: 'transfer.error.importFailed',
    defaultMessage: 'The import stopped before it was written; nothing was added to the project.',
    description: 'Error when an import ended without a result and without a reason (an unexpected stop).',
  },
  noSuchLayer: {
    id: 'transfer.error.noSuchLayer',
    defaultMessage: 'The file has no layer number {index}.',
    description: 'Error when an import asks for a layer (a table or folder of the file) that is not there.',
  },
  fileRefused: {
    id: 'transfer.error.fileRefused',
    defaultMessage: '{where, select, none {{fileName}: {reason}} other {{fileName}, {where}: {reason}}}',
    description:
      'Error when a file cannot be imported: {fileName} is the file’s name, {where} where in it (e.g. "line 3"; "none" when the whole file is at fault), {reason} what is wrong.',
  },
  cannotRead: {
    id: 'transfer.error.cannotRead',
    defaultMessage: '{file}: cannot be read ({reason})',
    description:
      'Error of the command line import when the file cannot be read; {file} is its path, {reason} the system’s code (e.g. ENOENT).',
  },
  folderMissing: {
    id: 'transfer.error.folderMissing',
    defaultMessage: 'The folder {folder} does not exist.',
    description: 'Error when an export is written into a folder that does not exist; {folder} is its path.',
  },
  cannotWrite: {
    id: 'transfer.error.cannotWrite',
    defaultMessage: 'Could not write {file}: {reason}',
    description: 'Error when an export file cannot be written; {file} is its path, {reason} the system’s reason.',
  },
});
