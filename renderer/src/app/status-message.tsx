import { strings } from '../i18n/strings.js';

export function StatusMessage({ message, onDismiss }: { message: string | null; onDismiss: () => void }) {
  if (!message) return null;
  return (
    <div className="status-message" role="status" data-testid="status-message">
      <span>{message}</span>
      <button type="button" className="button button--quiet" onClick={onDismiss}>
        {strings.dismiss}
      </button>
    </div>
  );
}
