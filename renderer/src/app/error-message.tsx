import { commonMessages } from '../../../shared/i18n/messages/ui/common.js';
import { useT } from '../i18n/i18n-context.js';
import { noticeText, type Notice } from '../i18n/notice.js';

export interface ErrorMessageProps {
  message: Notice | null;
  id?: string;
  onDismiss?: () => void;
}

/** An error the user should read, as plain text (messages name the field at fault). */
export function ErrorMessage({ message, id, onDismiss }: ErrorMessageProps) {
  const t = useT();
  if (!message) return null;
  return (
    <div className="error-message" role="alert" id={id} data-testid="error-message">
      <span className="error-message__text">{noticeText(t, message)}</span>
      {onDismiss && (
        <button type="button" className="button button--quiet error-message__dismiss" onClick={onDismiss}>
          {t.t(commonMessages.dismiss)}
        </button>
      )}
    </div>
  );
}
