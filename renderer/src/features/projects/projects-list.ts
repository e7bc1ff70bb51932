import { liveQuery } from '../../api/live-store.js';

/** The project files and which one is open (live: read again whenever a project is made, opened or closed). */
export const projectsList = liveQuery('projects', ['projects'], (api) => api.listProjects({}));
