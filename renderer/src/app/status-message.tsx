import { commonMessages } from '../../../shared/i18n/messages/ui/common.js';
import { useT } from '../i18n/i18n-context.js';
import { noticeText, type Notice } from '../i18n/notice.js';

export function StatusMessage({ message, onDismiss }: { message: Notice | null; onDismiss: () => void }) {
  const t = useT();
  if (!message) return null;
  return (
    <div className="status-message" role="status" data-testid="status-message">
      <span>{noticeText(t, message)}</span>
      <button type="button" className="button button--quiet" onClick={onDismiss}>
        {t.t(commonMessages.dismiss)}
      </button>
    </div>
  );
}
