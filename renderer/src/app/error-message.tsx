import { strings } from '../i18n/strings.js';

export interface ErrorMessageProps {
  message: string | null;
  id?: string;
  onDismiss?: () => void;
}

/** An error the user should read, as plain text (messages name the field at fault). */
export function ErrorMessage({ message, id, onDismiss }: ErrorMessageProps) {
  if (!message) return null;
  return (
    <div className="error-message" role="alert" id={id} data-testid="error-message">
      <span className="error-message__text">{message}</span>
      {onDismiss && (
        <button type="button" className="button button--quiet error-message__dismiss" onClick={onDismiss}>
          {strings.dismiss}
        </button>
      )}
    </div>
  );
}
