import { defineMessages } from '../define-messages.js';

// The desktop shell's own texts (electron/main): its dialogs, its window title, its startup errors.

export const desktopMessages = defineMessages({
  windowTitle: {
    id: 'desktop.windowTitle',
    defaultMessage: '{name} — Itinera',
    description: 'Title of the desktop window; {name} is the open project’s name.',
  },
  projectFiles: {
    id: 'desktop.projectFiles',
    defaultMessage: 'Itinera project (GeoPackage)',
    description: 'Kind of file the New and Open project dialogs show (the .gpkg files).',
  },
  newProjectTitle: {
    id: 'desktop.newProject.title',
    defaultMessage: 'New project',
    description: 'Title of the dialog that chooses where a new project file goes.',
  },
  newProjectButton: {
    id: 'desktop.newProject.button',
    defaultMessage: 'Create',
    description: 'Button of the New project dialog.',
  },
  newProjectFileName: {
    id: 'desktop.newProject.fileName',
    defaultMessage: 'Untitled',
    description: 'File name the New project dialog suggests (without .gpkg).',
  },
  openProjectTitle: {
    id: 'desktop.openProject.title',
    defaultMessage: 'Open project',
    description: 'Title of the dialog that chooses a project file to open.',
  },
  copyTitle: {
    id: 'desktop.copy.title',
    defaultMessage: 'Save a copy of the project',
    description: 'Title of the dialog that chooses where a copy of the open project goes.',
  },
  copyButton: {
    id: 'desktop.copy.button',
    defaultMessage: 'Save copy',
    description: 'Button of the Save a copy dialog.',
  },
  copyFileName: {
    id: 'desktop.copy.fileName',
    defaultMessage: '{name} (copy)',
    description: 'File name the Save a copy dialog suggests (without .gpkg); {name} is the open project’s name.',
  },
  cannotCopy: {
    id: 'desktop.error.cannotCopy',
    defaultMessage: 'Itinera could not save a copy of the project.',
    description: 'Heading of the error dialog when a copy of the open project cannot be written.',
  },
  cannotOpen: {
    id: 'desktop.error.cannotOpen',
    defaultMessage: 'Itinera could not open {fileName}.',
    description: 'Heading of the error dialog when a project file cannot be opened.',
  },
  cannotCreate: {
    id: 'desktop.error.cannotCreate',
    defaultMessage: 'Itinera could not create {fileName}.',
    description: 'Heading of the error dialog when a new project file cannot be created.',
  },
  currentStaysOpen: {
    id: 'desktop.error.currentStaysOpen',
    defaultMessage: '{reason}\n\nThe current project stays open.',
    description: 'Text of the error dialog when a project cannot be opened or created; {reason} says why.',
  },
  cannotOpenSample: {
    id: 'desktop.error.cannotOpenSample',
    defaultMessage: 'Itinera could not open its sample project.',
    description: 'Heading of the error dialog when the sample project cannot be opened.',
  },
  ok: { id: 'desktop.ok', defaultMessage: 'OK', description: 'Button that closes an error dialog.' },
  windowFilesMissing: {
    id: 'desktop.error.windowFilesMissing',
    defaultMessage: 'The app’s window files are missing ({folder}); run "npm run build".',
    description: 'Error at startup of a development copy whose page files were not built.',
  },
  cannotStart: {
    id: 'desktop.error.cannotStart',
    defaultMessage: 'Itinera could not start',
    description: 'Title of the error box when the desktop app fails while starting.',
  },
});
