import { defineMessages } from '../define-messages.js';

// The desktop app's menu bar (electron/main/menu.ts). An "&" marks the letter that opens the menu
// with Alt on Windows and Linux: keep one "&" before a letter of the translated word.

export const menuMessages = defineMessages({
  file: { id: 'menu.file', defaultMessage: '&File', description: 'Menu bar: the File menu.' },
  newProject: {
    id: 'menu.file.newProject',
    defaultMessage: 'New project…',
    description: 'File menu: create a new, empty project file.',
  },
  openProject: {
    id: 'menu.file.openProject',
    defaultMessage: 'Open project…',
    description: 'File menu: choose a project file to open.',
  },
  openSample: {
    id: 'menu.file.openSample',
    defaultMessage: 'Open sample project',
    description: 'File menu: open the sample project that comes with Itinera (Krems old town).',
  },
  openRecent: {
    id: 'menu.file.openRecent',
    defaultMessage: 'Open recent',
    description: 'File menu: submenu listing the project files opened recently.',
  },
  noRecentProjects: {
    id: 'menu.file.noRecentProjects',
    defaultMessage: 'No recent projects',
    description: 'File → Open recent, when no project was opened before (a disabled item).',
  },
  saveCopy: {
    id: 'menu.file.saveCopy',
    defaultMessage: 'Save a copy…',
    description: 'File menu: save a copy of the open project file under another name (the open one stays open).',
  },
  closeProject: {
    id: 'menu.file.closeProject',
    defaultMessage: 'Close project',
    description: 'File menu: close the open project and show the list of projects.',
  },
  importFile: {
    id: 'menu.file.import',
    defaultMessage: 'Import…',
    description: 'File menu: import places, areas or routes from a file (GeoJSON, CSV…).',
  },
  exportData: {
    id: 'menu.file.export',
    defaultMessage: 'Export…',
    description: 'File menu: export the project to a file of another format.',
  },
  close: { id: 'menu.file.close', defaultMessage: 'Close Window', description: 'File menu (macOS): close the window.' },
  quit: { id: 'menu.file.quit', defaultMessage: 'Quit', description: 'File menu: quit Itinera.' },
  edit: { id: 'menu.edit', defaultMessage: '&Edit', description: 'Menu bar: the Edit menu.' },
  undo: { id: 'menu.edit.undo', defaultMessage: 'Undo', description: 'Edit menu: undo the last edit.' },
  redo: { id: 'menu.edit.redo', defaultMessage: 'Redo', description: 'Edit menu: redo the edit last undone.' },
  cut: { id: 'menu.edit.cut', defaultMessage: 'Cut', description: 'Edit menu: cut the selected text.' },
  copy: { id: 'menu.edit.copy', defaultMessage: 'Copy', description: 'Edit menu: copy the selected text.' },
  paste: { id: 'menu.edit.paste', defaultMessage: 'Paste', description: 'Edit menu: paste text.' },
  delete: { id: 'menu.edit.delete', defaultMessage: 'Delete', description: 'Edit menu: delete the selected text.' },
  selectAll: {
    id: 'menu.edit.selectAll',
    defaultMessage: 'Select All',
    description: 'Edit menu: select all the text of the field.',
  },
  view: { id: 'menu.view', defaultMessage: '&View', description: 'Menu bar: the View menu.' },
  reload: { id: 'menu.view.reload', defaultMessage: 'Reload', description: 'View menu: load the window again.' },
  developerTools: {
    id: 'menu.view.developerTools',
    defaultMessage: 'Toggle Developer Tools',
    description: 'View menu (development builds only): show or hide the browser’s developer tools.',
  },
  actualSize: {
    id: 'menu.view.actualSize',
    defaultMessage: 'Actual Size',
    description: 'View menu: set the zoom of the window back to 100%.',
  },
  zoomIn: { id: 'menu.view.zoomIn', defaultMessage: 'Zoom In', description: 'View menu: make everything larger.' },
  zoomOut: { id: 'menu.view.zoomOut', defaultMessage: 'Zoom Out', description: 'View menu: make everything smaller.' },
  fullScreen: {
    id: 'menu.view.fullScreen',
    defaultMessage: 'Toggle Full Screen',
    description: 'View menu: fill the whole screen with the window, or stop doing so.',
  },
  language: {
    id: 'menu.view.language',
    defaultMessage: '&Language',
    description: 'View menu: the submenu choosing the language of the app.',
  },
  systemLanguage: {
    id: 'menu.view.language.system',
    defaultMessage: 'System language',
    description:
      'Language submenu: follow the language of the computer’s system (the languages below are listed by their own names).',
  },
});
