import { defineMessages } from '../define-messages.js';

// Errors of the project as a whole: its file (electron/store/open-database.ts) and whether one is
// open (electron/services/core). {file} is always the project file's path.

export const projectMessages = defineMessages({
  noProjectOpen: {
    id: 'project.error.noProjectOpen',
    defaultMessage: 'No project is open. Open or create a project first.',
    description: 'Error when the app asks for project data while no project file is open.',
  },
  fileExists: {
    id: 'project.error.fileExists',
    defaultMessage: '{file} already exists; choose another name or delete it first.',
    description: 'Error when a new project would overwrite an existing file.',
  },
  fileMissing: {
    id: 'project.error.fileMissing',
    defaultMessage: '{file} does not exist.',
    description: 'Error when a project file to open is not there.',
  },
  notSqlite: {
    id: 'project.error.notSqlite',
    defaultMessage: '{file} is not a GeoPackage (it is not an SQLite database).',
    description: 'Error when the file chosen as a project is not a database at all.',
  },
  notGeoPackage: {
    id: 'project.error.notGeoPackage',
    defaultMessage: '{file} is an SQLite database but not a GeoPackage (application_id is {applicationId}).',
    description: 'Error when the file chosen as a project is a database of another kind; {applicationId} is its code.',
  },
  notItinera: {
    id: 'project.error.notItinera',
    defaultMessage:
      '{file} is a GeoPackage but not an Itinera project; create a project and import its layers instead.',
    description: 'Error when the file chosen as a project is a GeoPackage written by another program.',
  },
  newerVersion: {
    id: 'project.error.newerVersion',
    defaultMessage:
      '{file} was written by a newer version of Itinera (schema version {version}; this version knows up to {latest}). Update Itinera to open it; the file was not changed.',
    description:
      'Error when a project file comes from a newer Itinera; {version} and {latest} are the file’s and this version’s schema numbers.',
  },
  sampleMissing: {
    id: 'project.error.sampleMissing',
    defaultMessage: 'The sample project is missing from this installation ({file}); run "npm run build".',
    description: 'Error when the sample project that comes with Itinera cannot be found; {file} is where it should be.',
  },
});
