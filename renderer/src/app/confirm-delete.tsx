import { useId } from 'react';
import { commonMessages } from '../../../shared/i18n/messages/ui/common.js';
import { useT } from '../i18n/i18n-context.js';

export interface ConfirmDeleteProps {
  /** The question, as the user reads it ("Delete the area “Kunstmeile”? …"). */
  question: string;
  /** While the deletion runs: both buttons off, the delete button says so. */
  deleting: boolean;
  deletingLabel: string;
  /** data-testid of the button that deletes. */
  testId: string;
  onConfirm(): void;
  onCancel(): void;
}

/** The question before a panel deletes its feature, with Delete (focused) and Cancel. */
export function ConfirmDelete({ question, deleting, deletingLabel, testId, onConfirm, onCancel }: ConfirmDeleteProps) {
  const t = useT();
  const id = useId();
  return (
    <div className="confirm" role="alertdialog" aria-labelledby={id}>
      <p id={id}>{question}</p>
      <div className="confirm__actions">
        <button
          type="button"
          className="button button--danger"
          data-testid={testId}
          disabled={deleting}
          onClick={onConfirm}
          autoFocus
        >
          {deleting ? deletingLabel : t.t(commonMessages.delete)}
        </button>
        <button type="button" className="button" disabled={deleting} onClick={onCancel}>
          {t.t(commonMessages.cancel)}
        </button>
      </div>
    </div>
  );
}
