import { useEffect, useState } from 'react';
import type { AttachmentVariant } from '../../../../shared/model/attachment-schemas.js';
import { loadAttachment } from '../../api/attachment-bytes.js';
import { errorNotice, type Notice } from '../../i18n/notice.js';

export type AttachmentUrlState = { url: string | null; error: Notice | null };

/**
 * An object URL for an attachment's bytes (CSP allows blob: images), revoked when the component
 * goes or asks for another. Null `id` loads nothing.
 */
export function useAttachmentUrl(id: number | null, variant: AttachmentVariant): AttachmentUrlState {
  const [state, setState] = useState<AttachmentUrlState>({ url: null, error: null });
  useEffect(() => {
    if (id === null) return;
    let url: string | null = null;
    let current = true;
    setState({ url: null, error: null });
    loadAttachment(id, variant)
      .then((blob) => {
        if (!current) return;
        url = URL.createObjectURL(blob);
        setState({ url, error: null });
      })
      .catch((error: unknown) => current && setState({ url: null, error: errorNotice(error) }));
    return () => {
      current = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [id, variant]);
  return state;
}
