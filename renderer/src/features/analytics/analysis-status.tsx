import { messageRef } from '../../../../shared/i18n/define-messages.js';
import { analysisMessages as m } from '../../../../shared/i18n/messages/ui/analysis.js';
import type { LiveState } from '../../api/live-store.js';
import { useT } from '../../i18n/i18n-context.js';
import { errorNotice } from '../../i18n/notice.js';

/** While an analysis is first computed, or why it failed (the last figures stay shown below). */
export function AnalysisStatus({ state }: { state: LiveState<unknown> }) {
  const t = useT();
  if (state.error !== null && state.error !== undefined)
    return (
      <p className="panel-section__empty" role="alert">
        {t.t(messageRef(m.failed, { reason: errorNotice(state.error) }))}
      </p>
    );
  if (state.status === 'loading')
    return (
      <p className="panel-section__empty" role="status">
        {t.t(m.computing)}
      </p>
    );
  return null;
}
