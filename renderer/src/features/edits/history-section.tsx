import { useEffect, useState } from 'react';
import type { FeatureHistoryEntry, HistoryFeatureType } from '../../../../shared/api/contract.js';
import { useApi } from '../../api/api-context.js';
import { ErrorMessage } from '../../app/error-message.js';
import { editUiMessages as m } from '../../../../shared/i18n/messages/ui/edits.js';
import type { Translator } from '../../../../shared/i18n/translator.js';
import { useT } from '../../i18n/i18n-context.js';
import { errorNotice, type Notice } from '../../i18n/notice.js';

const SHOWN = 5;

/** The fields an update changed, as a list in the reader's language ("start date, strength"). */
function changedText(t: Translator, entry: FeatureHistoryEntry): string {
  if (entry.action !== 'update') return '';
  const names = entry.changedFields.map((field) => {
    const name = t.t(m.historyField, { field });
    // A column this version has no name for: its own name, readable.
    return name === field ? field.replace(/_/g, ' ') : name;
  });
  return new Intl.ListFormat(t.formattingLocale, { type: 'unit', style: 'short' }).format([...new Set(names)]);
}

/** What changed on this feature, and when (itinera_history); refetched on every revision. */
export function HistorySection({
  featureType,
  id,
  revision,
}: {
  featureType: HistoryFeatureType;
  id: number;
  revision: number;
}) {
  const t = useT();
  const api = useApi();
  const [entries, setEntries] = useState<FeatureHistoryEntry[] | null>(null);
  const [error, setError] = useState<Notice | null>(null);
  const [all, setAll] = useState(false);
  useEffect(() => {
    let live = true;
    api.getFeatureHistory({ featureType, id, limit: 200 }).then(
      (found) => {
        if (live) {
          setEntries(found);
          setError(null);
        }
      },
      (failure: unknown) => live && setError(errorNotice(failure)),
    );
    return () => {
      live = false;
    };
  }, [api, featureType, id, revision]);

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
