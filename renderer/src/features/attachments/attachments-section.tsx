import { useId, useRef, useState } from 'react';
import type { Attachment } from '../../../../shared/model/attachment-schemas.js';
import { ErrorMessage } from '../../app/error-message.js';
import { attachmentMessages as m } from '../../../../shared/i18n/messages/ui/attachments.js';
import { useT } from '../../i18n/i18n-context.js';
import { AttachmentViewer } from './attachment-viewer.js';
import { typeLabel } from './type-label.js';
import { useAttachmentUrl } from './use-attachment-url.js';
import type { AttachmentsController } from './use-attachments.js';

/** What the file picker offers; the backend decides from the bytes, this only narrows the list. */
const PICKER_ACCEPT = 'image/*,application/pdf,.doc,.docx,.xlsx,.pptx,.odt,.ods,.odp,.zip,.txt,.csv';

function Tile({ attachment, onOpen }: { attachment: Attachment; onOpen(): void }) {
  const t = useT();
  // Images without a drawn thumbnail (added by the CLI or another tool) show the original, scaled.
  const variant = attachment.hasThumbnail ? 'thumbnail' : 'original';
  const picture = attachment.hasThumbnail || attachment.inline;
  const { url } = useAttachmentUrl(picture ? attachment.id : null, variant);
  return (
    <li className="attachment-tile" data-testid="attachment-tile" data-attachment-id={attachment.id}>
      <button
        type="button"
        className="attachment-tile__button"
        aria-label={t.t(m.openLabel, { fileName: attachment.fileName })}
        title={attachment.caption || attachment.fileName}
        onClick={onOpen}
      >
        {picture && url ? (
          <img className="attachment-tile__image" src={url} alt="" data-testid="attachment-thumbnail" />
        ) : (
          <span className="attachment-tile__type" aria-hidden="true">
            {picture ? '' : typeLabel(attachment)}
          </span>
        )}
      </button>
      <span className="attachment-tile__name" data-content="">
        {attachment.caption || attachment.fileName}
      </span>
    </li>
  );
}

export interface AttachmentsSectionProps {
  controller: AttachmentsController;
}

/** Photos and documents of the selected feature: a grid of thumbnails, add, open, remove. */
export function AttachmentsSection({ controller }: AttachmentsSectionProps) {
  const t = useT();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [openId, setOpenId] = useState<number | null>(null);
  const { items } = controller;
  const open = items?.find((item) => item.id === openId) ?? null;

  return (
    <section className="attachments" data-testid="attachments-section" aria-labelledby={`${id}-title`}>
      <div className="attachments__header">
        <h3 className="attachments__title" id={`${id}-title`}>
          {t.t(m.title)}
        </h3>
        <button
          type="button"
          className="button button--small"
          data-testid="add-attachment-button"
          disabled={controller.adding !== null}
          onClick={() => input.current?.click()}
        >
          {t.t(m.add)}
        </button>
        <input
          ref={input}
          type="file"
          multiple
          hidden
          accept={PICKER_ACCEPT}
          data-testid="attachment-file-input"
          onChange={(event) => {
            const files = Array.from(event.target.files ?? []);
            event.target.value = '';
            if (files.length > 0) void controller.add(files);
          }}
        />
      </div>
      {controller.loadError && <ErrorMessage message={controller.loadError} />}
      <ErrorMessage message={controller.error} onDismiss={controller.dismissError} />
      {controller.adding && (
        <p className="attachments__progress" role="status" data-testid="attachment-progress">
          {t.t(m.adding, { fileName: controller.adding })}
        </p>
      )}
      {items === null ? (
        !controller.loadError && <p className="attachments__empty">{t.t(m.loading)}</p>
      ) : items.length === 0 ? (
        <p className="attachments__empty">{t.t(m.empty)}</p>
      ) : (
        <ul className="attachments__grid">
          {items.map((attachment) => (
            <Tile key={attachment.id} attachment={attachment} onOpen={() => setOpenId(attachment.id)} />
          ))}
        </ul>
      )}
      {open && (
        <AttachmentViewer
          attachment={open}
          onClose={() => setOpenId(null)}
          onRemove={async () => {
            await controller.remove(open.id);
            setOpenId(null);
          }}
          onDescribe={(changes) => controller.describe(open.id, changes)}
        />
      )}
    </section>
  );
}
