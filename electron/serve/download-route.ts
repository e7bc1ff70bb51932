import fs from 'node:fs';
import type http from 'node:http';
import { ApiError } from '../../shared/api/errors.js';
import { serveMessages as m } from '../../shared/i18n/messages/serve.js';
import { COMMON_HEADERS, sendApiError, sendError, TOKEN_HEADER, tokensMatch } from './http-answers.js';

// GET /project/download: the open project as a file to save, a copy SQLite made (never the file
// being written), with the API's token in the header like every other route. Removed once sent.

export type DownloadProject = () => { fileName: string; file: string; dispose(): void };

export function handleProjectDownload(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  {
    token,
    downloadProject,
    failed,
  }: { token: string; downloadProject?: DownloadProject; failed(error: unknown): void },
): void {
  if (request.method !== 'GET') return sendError(request, response, 405, 'invalid-input', m.onlyGet);
  if (!tokensMatch(token, request.headers[TOKEN_HEADER] as string | undefined)) {
    return sendError(request, response, 401, 'invalid-input', m.badToken);
  }
  if (!downloadProject) return sendError(request, response, 404, 'not-found', m.notFound);
  let copy: ReturnType<DownloadProject>;
  try {
    copy = downloadProject();
  } catch (error) {
    if (error instanceof ApiError) return sendApiError(request, response, error);
    throw error;
  }
  response.on('close', () => copy.dispose());
  const asciiName = copy.fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  response.writeHead(200, {
    ...COMMON_HEADERS,
    'content-type': 'application/geopackage+sqlite3',
    'content-length': fs.statSync(copy.file).size,
    'content-disposition': `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(copy.fileName)}`,
  });
  fs.createReadStream(copy.file).on('error', failed).pipe(response);
}
