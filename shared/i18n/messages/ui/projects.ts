import { defineMessages } from '../../define-messages.js';

// Projects in the window (renderer/src/features/projects): the Projects dialog of the sidebar
// header, the start screen when no project is open, and the first steps of a new, empty project.

export const projectsUiMessages = defineMessages({
  button: {
    id: 'ui.projects.button',
    defaultMessage: 'Projects',
    description:
      'Button in the sidebar header that opens the Projects dialog (open, make, copy, close). Keep it short.',
  },
  buttonTitle: {
    id: 'ui.projects.buttonTitle',
    defaultMessage: 'Open another project, make a new one, save a copy or close this one',
    description: 'Tooltip of the Projects button in the sidebar header.',
  },
  title: {
    id: 'ui.projects.title',
    defaultMessage: 'Projects',
    description: 'Title of the Projects dialog.',
  },
  introDataFolder: {
    id: 'ui.projects.introDataFolder',
    defaultMessage: 'The projects in your data folder. Each project is one file (GeoPackage).',
    description:
      'Subtitle of the Projects dialog in the browser: the list shows the project files of the user’s data folder.',
  },
  introFiles: {
    id: 'ui.projects.introFiles',
    defaultMessage: 'The projects you opened recently. Each project is one file (GeoPackage).',
    description:
      'Subtitle of the Projects dialog in the desktop app: the list shows the recently opened project files.',
  },
  listLabel: {
    id: 'ui.projects.listLabel',
    defaultMessage: 'Your projects',
    description: 'Heading of the list of projects in the Projects dialog and on the start screen.',
  },
  empty: {
    id: 'ui.projects.empty',
    defaultMessage: 'No projects yet. Make a new one or upload a project file.',
    description: 'Shown instead of the list of projects when there is none.',
  },
  currentBadge: {
    id: 'ui.projects.currentBadge',
    defaultMessage: 'Open now',
    description: 'Small badge on the project of the list that is open in the window. About 12 characters.',
  },
  entryDetail: {
    id: 'ui.projects.entryDetail',
    defaultMessage: '{fileName} · changed {modified, date, medium} · {size}',
    description:
      'Second line of a project in the list: its file name, when it last changed, and its size (already formatted, e.g. “2.4 MB”).',
  },
  open: {
    id: 'ui.projects.open',
    defaultMessage: 'Open',
    description: 'Button of a project in the list: open it (the window then shows it).',
  },
  openLabel: {
    id: 'ui.projects.openLabel',
    defaultMessage: 'Open “{name}”',
    description: 'Label of a project’s Open button for screen readers; {name} is the project’s name.',
  },
  chooseFile: {
    id: 'ui.projects.chooseFile',
    defaultMessage: 'Open another file…',
    description: 'Button of the Projects dialog in the desktop app: choose a project file with the system’s dialog.',
  },
  newTitle: {
    id: 'ui.projects.newTitle',
    defaultMessage: 'New project',
    description: 'Heading of the form that makes a new, empty project.',
  },
  newName: {
    id: 'ui.projects.newName',
    defaultMessage: 'Name of the new project',
    description: 'Label of the name field of a new project.',
  },
  newHintDataFolder: {
    id: 'ui.projects.newHintDataFolder',
    defaultMessage: 'The project file is named after it, in your data folder.',
    description: 'Hint under the new project’s name in the browser: where its file goes.',
  },
  newHintFiles: {
    id: 'ui.projects.newHintFiles',
    defaultMessage: 'You choose where its file goes next.',
    description: 'Hint under the new project’s name in the desktop app: the system’s save dialog follows.',
  },
  create: {
    id: 'ui.projects.create',
    defaultMessage: 'Create and open',
    description: 'Button that makes the new project and opens it.',
  },
  copyTitle: {
    id: 'ui.projects.copyTitle',
    defaultMessage: 'Save a copy of this project',
    description: 'Heading of the form that saves a copy of the open project under another name (it stays open).',
  },
  copyName: {
    id: 'ui.projects.copyName',
    defaultMessage: 'Name of the copy',
    description: 'Label of the name field of a copy of the open project.',
  },
  copyDefaultName: {
    id: 'ui.projects.copyDefaultName',
    defaultMessage: '{name} (copy)',
    description: 'Name suggested for a copy of the open project; {name} is its name.',
  },
  copy: {
    id: 'ui.projects.copy',
    defaultMessage: 'Save copy',
    description: 'Button that saves the copy. The open project stays open.',
  },
  fileTitle: {
    id: 'ui.projects.fileTitle',
    defaultMessage: 'Project files',
    description: 'Heading of the Projects dialog’s section with upload, download and close.',
  },
  upload: {
    id: 'ui.projects.upload',
    defaultMessage: 'Upload a project file…',
    description: 'Button: choose a project file (.gpkg) on this computer to add it to the list.',
  },
  uploadInput: {
    id: 'ui.projects.uploadInput',
    defaultMessage: 'Project file to upload',
    description: 'Label of the hidden file chooser of the upload (for screen readers).',
  },
  download: {
    id: 'ui.projects.download',
    defaultMessage: 'Download this project',
    description: 'Button: save the open project’s file through the browser’s downloads.',
  },
  close: {
    id: 'ui.projects.close',
    defaultMessage: 'Close this project',
    description: 'Button: close the open project and show the list of projects.',
  },
  dismiss: {
    id: 'ui.projects.dismiss',
    defaultMessage: 'Done',
    description: 'Button that closes the Projects dialog without doing anything more.',
  },
  opened: {
    id: 'ui.projects.opened',
    defaultMessage: 'Project “{name}” opened.',
    description: 'Status after a project was opened or made.',
  },
  copied: {
    id: 'ui.projects.copied',
    defaultMessage: 'Copy “{name}” saved as {fileName}. This project stays open.',
    description: 'Status after a copy of the open project was saved.',
  },
  uploaded: {
    id: 'ui.projects.uploaded',
    defaultMessage: 'Project “{name}” added as {fileName}. Open it from the list.',
    description: 'Status after a project file was uploaded.',
  },
  downloaded: {
    id: 'ui.projects.downloaded',
    defaultMessage: '{fileName} handed to your browser’s downloads.',
    description: 'Status after the open project was downloaded.',
  },
  downloadFailed: {
    id: 'ui.projects.downloadFailed',
    defaultMessage: 'The project could not be downloaded: {reason}',
    description: 'Error when the open project’s file cannot be fetched for download; {reason} says why.',
  },
  startTitle: {
    id: 'ui.projects.startTitle',
    defaultMessage: 'No project is open',
    description: 'Heading of the start screen shown when no project is open (after Close).',
  },
  startIntro: {
    id: 'ui.projects.startIntro',
    defaultMessage: 'Open a project from the list, or make a new one.',
    description: 'Text under the start screen’s heading.',
  },
  pageTitle: {
    id: 'ui.projects.pageTitle',
    defaultMessage: '{name} — Itinera',
    description: 'Title of the browser tab or window: the open project’s name and the app’s.',
  },
  firstStepsTitle: {
    id: 'ui.projects.firstStepsTitle',
    defaultMessage: 'Start your project',
    description: 'Heading of the panel a new, empty project shows: the first things to do.',
  },
  firstStepsIntro: {
    id: 'ui.projects.firstStepsIntro',
    defaultMessage: 'This project is empty. Begin with one of these:',
    description: 'Text under the first steps heading.',
  },
  firstStepOsm: {
    id: 'ui.projects.firstStepOsm',
    defaultMessage: 'Import an OpenStreetMap extract of your town',
    description:
      'First step button: import heritage sites, creative places, streets and a street map from an OpenStreetMap extract file.',
  },
  firstStepOsmHint: {
    id: 'ui.projects.firstStepOsmHint',
    defaultMessage: 'Sites, streets to walk and a street map, from an .osm.pbf or .osm file.',
    description: 'Line under the OpenStreetMap first step: what it brings.',
  },
  firstStepImport: {
    id: 'ui.projects.firstStepImport',
    defaultMessage: 'Import a file',
    description: 'First step button: import places, areas or routes from a file.',
  },
  firstStepImportHint: {
    id: 'ui.projects.firstStepImportHint',
    defaultMessage: 'A spreadsheet (CSV), GeoJSON, KML, GPX, shapefile or GeoPackage.',
    description: 'Line under the import first step: the formats it reads.',
  },
  firstStepPlace: {
    id: 'ui.projects.firstStepPlace',
    defaultMessage: 'Add a place',
    description: 'First step button: add one place by clicking on the map.',
  },
  firstStepPlaceHint: {
    id: 'ui.projects.firstStepPlaceHint',
    defaultMessage: 'Then click the map where it is.',
    description: 'Line under the add-a-place first step.',
  },
});
