import type { ProjectHost } from '../services/core/project-host.js';
import { startServer, type RunningServer } from './http-server.js';

/**
 * The open project of `host` served on 127.0.0.1 with the app's pages from `staticDir`: the API,
 * its changes, attachments, basemap tiles and the project's download (`itinera serve`, and
 * `itinera guide` for the browser it prints with).
 */
export function serveProject(host: ProjectHost, staticDir: string, port: number): Promise<RunningServer> {
  return startServer({
    dispatch: host.dispatch,
    staticDir,
    port,
    readAttachment: host.readAttachment,
    readTile: host.basemapTile,
    readFileTile: host.basemapFileTile,
    // The page saves the open project as a file (a consistent copy; the desktop has Save a copy…).
    downloadProject: () => host.projects.downloadCopy(),
    changes: host.changes,
  });
}
