import { useId, useState } from 'react';
import type { Attachment, AttachmentChanges } from '../../../../shared/model/attachment-schemas.js';
import { loadAttachment } from '../../api/attachment-bytes.js';
import { ErrorMessage } from '../../app/error-message.js';
import { ModalDialog } from '../../app/modal-dialog.js';
import { attachmentMessages as m } from '../../../../shared/i18n/messages/ui/attachments.js';
import { commonMessages } from '../../../../shared/i18n/messages/ui/common.js';
import { useT } from '../../i18n/i18n-context.js';
import { errorNotice, noticeText, type Notice } from '../../i18n/notice.js';
import { SYMBOLS } from '../../app/symbols.js';
import { AttachmentDetailsForm } from './attachment-details-form.js';
import { attachmentSize } from './attachment-size.js';
import { saveBlob } from '../../util/save-file.js';
import { typeLabel } from './type-label.js';
import { useAttachmentUrl } from './use-attachment-url.js';

export interface AttachmentViewerProps {
  attachment: Attachment;
  onClose(): void;
  onRemove(): Promise<void>;
  onDescribe(changes: AttachmentChanges): Promise<void>;
}

/** A photo at full size (a lightbox), with its caption, credit, licence and date to edit, a download and removal. */
export function AttachmentViewer({ attachment, onClose, onRemove, onDescribe }: AttachmentViewerProps) {
  const t = useT();
  const titleId = useId();
  // Documents are never rendered in the app (a PDF viewer or HTML could run code): download only.
  const { url, error: loadError } = useAttachmentUrl(attachment.inline ? attachment.id : null, 'original');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Notice | null>(null);
  const [imageFailed, setImageFailed] = useState(false);

  async function download() {
    saveBlob(attachment.fileName, await loadAttachment(attachment.id, 'original'));
  }

  async function run(work: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (failure) {
      setError(errorNotice(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <ModalDialog labelledBy={titleId} className="viewer" testId="attachment-viewer" busy={busy} onCancel={onClose}>
      <header className="viewer__header">
        <h2 className="viewer__title" id={titleId}>
          {attachment.fileName}
        </h2>
        <span className="viewer__size">{attachmentSize(t, attachment.size)}</span>
        <button type="button" className="button button--quiet" aria-label={t.t(commonMessages.close)} onClick={onClose}>
          <span aria-hidden="true">{SYMBOLS.close}</span>
        </button>
      </header>
      <div className="viewer__picture">
        {!attachment.inline ? (
          <div className="viewer__document" data-testid="attachment-document">
            <span className="attachment-tile__type" aria-hidden="true">
              {typeLabel(attachment)}
            </span>
            <button
              type="button"
              className="button button--primary"
              data-testid="download-attachment-button"
              onClick={() => void run(download)}
            >
              {t.t(m.download)}
            </button>
          </div>
        ) : url && !imageFailed ? (
          <img
            className="viewer__image"
            src={url}
            alt={attachment.caption || attachment.fileName}
            data-testid="attachment-full-image"
            onError={() => setImageFailed(true)}
          />
        ) : (
          <p className="viewer__message">
            {loadError ? noticeText(t, loadError) : imageFailed ? t.t(m.imageFailed) : t.t(m.loading)}
          </p>
        )}
      </div>
      <ErrorMessage message={error} onDismiss={() => setError(null)} />
      <AttachmentDetailsForm
        key={attachment.id}
        attachment={attachment}
        busy={busy}
        onSave={(changes) => void run(() => onDescribe(changes))}
      />
      <footer className="viewer__actions">
        {confirming ? (
          <div className="confirm" role="alertdialog" aria-labelledby={`${titleId}-confirm`}>
            <p id={`${titleId}-confirm`}>{t.t(m.removeQuestion, { fileName: attachment.fileName })}</p>
            <div className="confirm__actions">
              <button
                type="button"
                className="button button--danger"
                data-testid="confirm-remove-attachment-button"
                disabled={busy}
                onClick={() => void run(onRemove)}
              >
                {t.t(m.confirmRemove)}
              </button>
              <button type="button" className="button" onClick={() => setConfirming(false)}>
                {t.t(commonMessages.cancel)}
              </button>
            </div>
          </div>
        ) : (
          <>
            <button type="button" className="button" onClick={() => void run(download)}>
              {t.t(m.download)}
            </button>
            <button
              type="button"
              className="button button--danger-quiet"
              data-testid="remove-attachment-button"
              onClick={() => setConfirming(true)}
            >
              {t.t(m.remove)}
            </button>
          </>
        )}
      </footer>
    </ModalDialog>
  );
}
