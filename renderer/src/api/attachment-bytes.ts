import type { AttachmentVariant } from '../../../shared/model/attachment-schemas.js';
import { readSessionToken } from './session-token.js';

// Attachment bytes come over the one route both transports serve (`/attachments/<id>` and
// `/attachments/<id>/thumbnail`): binary, so a 20 MB photo is not turned into base64 JSON. The
// page's own origin answers it: app://itinera in Electron (no token: only the app's page reaches
// that scheme), http://127.0.0.1 in serve mode (the session token in the header, as API calls).

export function attachmentPath(id: number, variant: AttachmentVariant): string {
  return variant === 'thumbnail' ? `/attachments/${id}/thumbnail` : `/attachments/${id}`;
}

/** The bytes of an attachment as a Blob (typed as stored), or an error naming the status. */
export async function loadAttachment(id: number, variant: AttachmentVariant): Promise<Blob> {
  const headers: Record<string, string> = {};
  if (!window.itinera) {
    const token = readSessionToken();
    if (token) headers['X-Itinera-Token'] = token;
  }
  const response = await fetch(attachmentPath(id, variant), { headers, cache: 'no-store', credentials: 'same-origin' });
  if (!response.ok) throw new Error(`Itinera answered ${response.status} for attachment ${id}.`);
  return response.blob();
}
