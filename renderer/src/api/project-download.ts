import { PROJECT_DOWNLOAD_ROUTE } from '../../../shared/api/projects.js';
import { ApiError, type Envelope } from '../../../shared/api/errors.js';
import { messageRef } from '../../../shared/i18n/define-messages.js';
import { apiMessages } from '../../../shared/i18n/messages/api.js';
import { readSessionToken } from './session-token.js';

// Serve mode's download of the open project (GET /project/download): binary, so a project of
// hundreds of megabytes is not turned into base64 JSON; the session token in the header, as API
// calls send it. The desktop saves copies through the system's save dialog instead.

export async function fetchProjectFile(): Promise<Blob> {
  const token = readSessionToken();
  const response = await fetch(PROJECT_DOWNLOAD_ROUTE, {
    headers: token ? { 'X-Itinera-Token': token } : {},
    cache: 'no-store',
    credentials: 'same-origin',
  });
  if (response.ok) return response.blob();
  // The server answers errors in the API's envelope, in the page's language.
  const body = (await response.json().catch(() => null)) as Envelope<unknown> | null;
  if (body && !body.ok) throw ApiError.fromData(body.error);
  const values = { status: String(response.status), statusText: response.statusText };
  throw new ApiError('internal', messageRef(apiMessages.noData, values));
}
