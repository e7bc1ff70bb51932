import { useEffect, useState } from 'react';
import type { FeatureHistoryEntry, HistoryFeatureType } from '../../../../shared/api/contract.js';
import { useApi } from '../../api/api-context.js';
import { ErrorMessage } from '../../app/error-message.js';
import { messageText, strings } from '../../i18n/strings.js';
import { errorText } from '../../util/error-text.js';

const SHOWN = 5;
const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function changedText(entry: FeatureHistoryEntry): string {
  if (entry.action !== 'update') return '';
  const names = entry.changedFields.map((field) => strings.historyFieldNames[field] ?? field.replace(/_/g, ' '));
  return strings.historyFields([...new Set(names)]);
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
  const api = useApi();
  const [entries, setEntries] = useState<FeatureHistoryEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
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
      (failure: unknown) => live && setError(errorText(failure)),
    );
    return () => {
      live = false;
    };
  }, [api, featureType, id, revision]);

  const shown = entries && !all ? entries.slice(0, SHOWN) : entries;
  return (
    <section className="panel-section" data-testid="history-section" aria-label={strings.historyTitle}>
      <h3 className="panel-section__title">{strings.historyTitle}</h3>
      <ErrorMessage message={error} />
      {entries === null && !error && <p className="panel-section__empty">{strings.historyLoading}</p>}
      {entries?.length === 0 && <p className="panel-section__empty">{strings.historyEmpty}</p>}
      {shown && shown.length > 0 && (
        <ol className="history-list">
          {shown.map((entry) => (
            <li key={`${entry.operationId}`} className="history-list__item" data-testid="history-entry">
              <span className="history-list__label">{messageText(entry.label)}</span>
              {changedText(entry) && <span className="history-list__fields">{changedText(entry)}</span>}
              <time className="history-list__time" dateTime={entry.at}>
                {timeFormat.format(new Date(entry.at))}
              </time>
            </li>
          ))}
        </ol>
      )}
      {entries && entries.length > SHOWN && !all && (
        <button type="button" className="button button--quiet button--small" onClick={() => setAll(true)}>
          {strings.historyShowMore}
        </button>
      )}
    </section>
  );
}
