import { useMemo, useState } from 'react';
import type { FeatureHistoryEntry, HistoryFeatureType } from '../../../../shared/api/contract.js';
import { useLiveQuery } from '../../api/api-context.js';
import { liveQuery } from '../../api/live-store.js';
import { ErrorMessage } from '../../app/error-message.js';
import { editUiMessages as m } from '../../../../shared/i18n/messages/ui/edits.js';
import type { Translator } from '../../../../shared/i18n/translator.js';
import { fieldName } from '../../i18n/field-name.js';
import { useT } from '../../i18n/i18n-context.js';
import { errorNotice } from '../../i18n/notice.js';

const SHOWN = 5;

/** The fields an update changed, as a list in the reader's language ("start date, strength"). */
function changedText(t: Translator, entry: FeatureHistoryEntry): string {
  if (entry.action !== 'update') return '';
  const names = entry.changedFields.map((field) => fieldName(t, field));
  return new Intl.ListFormat(t.formattingLocale, { type: 'unit', style: 'short' }).format([...new Set(names)]);
}

/** A feature's history, a live list: every edit, undo and redo is an operation (the edits topic). */
export function historyList(featureType: HistoryFeatureType, id: number) {
  return liveQuery(`history ${featureType} ${id}`, ['edits'], (api) =>
    api.getFeatureHistory({ featureType, id, limit: 200 }),
  );
}

/** What changed on this feature, and when; read again after every edit, undo or redo. */
export function HistorySection({ featureType, id }: { featureType: HistoryFeatureType; id: number }) {
  const t = useT();
  const list = useLiveQuery(useMemo(() => historyList(featureType, id), [featureType, id]));
  const entries: FeatureHistoryEntry[] | null = list.data ?? null;
  const error = list.error ? errorNotice(list.error) : null;
  const [all, setAll] = useState(false);

  const shown = entries && !all ? entries.slice(0, SHOWN) : entries;
  return (
    <section className="panel-section" data-testid="history-section" aria-label={t.t(m.historyTitle)}>
      <h3 className="panel-section__title">{t.t(m.historyTitle)}</h3>
      <ErrorMessage message={error} />
      {entries === null && !error && <p className="panel-section__empty">{t.t(m.historyLoading)}</p>}
      {entries?.length === 0 && <p className="panel-section__empty">{t.t(m.historyEmpty)}</p>}
      {shown && shown.length > 0 && (
        <ol className="history-list">
          {shown.map((entry) => (
            <li key={`${entry.operationId}`} className="history-list__item" data-testid="history-entry">
              <span className="history-list__label">{t.t(entry.label)}</span>
              {changedText(t, entry) && <span className="history-list__fields">{changedText(t, entry)}</span>}
              <time className="history-list__time" dateTime={entry.at}>
                {t.dateTime(entry.at)}
              </time>
            </li>
          ))}
        </ol>
      )}
      {entries && entries.length > SHOWN && !all && (
        <button type="button" className="button button--quiet button--small" onClick={() => setAll(true)}>
          {t.t(m.historyShowAll)}
        </button>
      )}
    </section>
  );
}
