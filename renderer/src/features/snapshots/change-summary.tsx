import { useId, useMemo } from 'react';
import {
  actorLine,
  changeReportCsv,
  changeReportMarkdown,
  linkLine,
  measureLabel,
} from '../../../../shared/analytics/change-report-export.js';
import type { FigureChange } from '../../../../shared/api/snapshots.js';
import { messageRef, type MessageDescriptor } from '../../../../shared/i18n/define-messages.js';
import { snapshotMessages as r } from '../../../../shared/i18n/messages/snapshots.js';
import { snapshotUiMessages as m } from '../../../../shared/i18n/messages/ui/snapshots.js';
import { useLiveQuery } from '../../api/api-context.js';
import { liveQuery } from '../../api/live-store.js';
import { useT } from '../../i18n/i18n-context.js';
import { errorNotice } from '../../i18n/notice.js';
import { saveBlob } from '../../util/save-file.js';

// The change report between two snapshots in the panel: new and closed firms, links gained and
// lost, and how diversity and interlinkage moved; the whole report downloads as Markdown or CSV.
// Names are shown as text (React escapes them), never as HTML.

/** Two saved snapshots, or the area at the end of a day (rebuilt from the edit history) against now. */
export type Comparison =
  { kind: 'snapshots'; fromId: number; toId: number } | { kind: 'since'; areaId: number; fromDate: string };

const compareQuery = (comparison: Comparison) =>
  comparison.kind === 'snapshots'
    ? liveQuery(`snapshot changes ${comparison.fromId} ${comparison.toId}`, ['snapshots', 'areas'], (api) =>
        api.compareSnapshots({ fromId: comparison.fromId, toId: comparison.toId }),
      )
    : liveQuery(
        `changes since ${comparison.areaId} ${comparison.fromDate}`,
        ['places', 'links', 'areas', 'events', 'edits'],
        (api) => api.compareDates({ areaId: comparison.areaId, fromDate: comparison.fromDate }),
      );

/** The diversity and interlinkage figures the panel shows; the files hold every one. */
const SHOWN = ['shannon', 'hillQ1', 'nearShare', 'nearCrossSectorShare'];

export function ChangeSummary({ comparison, areaName }: { comparison: Comparison; areaName: string }) {
  const t = useT();
  const id = useId();
  const state = useLiveQuery(useMemo(() => compareQuery(comparison), [comparison]));
  const report = state.data;
  if (state.error !== null)
    return (
      <p className="panel-section__empty" role="alert">
        {t.t(messageRef(m.failed, { reason: errorNotice(state.error) }))}
      </p>
    );
  if (!report) return null;

  const download = (extension: 'md' | 'csv') => {
    const name = t.t(m.fileName, { name: areaName, from: report.from.takenOn, to: report.to.takenOn });
    const safe = name.replace(/[\\/:*?"<>|]+/g, ' ').trim();
    const text = extension === 'md' ? changeReportMarkdown(t, report) : changeReportCsv(t, report);
    const type = extension === 'md' ? 'text/markdown' : 'text/csv';
    saveBlob(`${safe}.${extension}`, new Blob(extension === 'csv' ? ['\uFEFF', text] : [text], { type }));
  };
  /** Shares of linked pairs as percentages (their change in percentage points), other figures as numbers. */
  const format = (key: string, value: number | null, signed = false) =>
    value === null
      ? '–'
      : t.number(value, {
          ...(key.endsWith('Share')
            ? { style: 'percent' as const, maximumFractionDigits: 1 }
            : { maximumFractionDigits: 3 }),
          ...(signed ? { signDisplay: 'exceptZero' as const } : {}),
        });
  const figures: FigureChange[] = [...report.diversity, ...report.interlinkage].filter((entry) =>
    SHOWN.includes(entry.key),
  );

  return (
    <section className="snapshots__changes" aria-labelledby={`${id}-changes`} data-testid="snapshot-changes">
      <h4 id={`${id}-changes`}>{t.t(m.changes)}</h4>
      <Names
        title={r.newFirms}
        testId="snapshot-new-firms"
        items={report.newFirms.map((actor) => actorLine(t, actor))}
      />
      <Names
        title={r.closedFirms}
        testId="snapshot-closed-firms"
        items={report.closedFirms.map((actor) => actorLine(t, actor))}
      />
      <Names
        title={r.linksGained}
        testId="snapshot-links-gained"
        items={report.linksGained.map((link) => linkLine(t, link))}
      />
      <Names
        title={r.linksLost}
        testId="snapshot-links-lost"
        items={report.linksLost.map((link) => linkLine(t, link))}
      />
      <dl className="report-card__figures" data-testid="snapshot-figures">
        {figures.map((entry) => (
          <div key={entry.key} className="snapshots__figure">
            <dt>{measureLabel(t, entry.key)}</dt>
            <dd>
              {t.t(m.figure, {
                from: format(entry.key, entry.from),
                to: format(entry.key, entry.to),
                change: format(entry.key, entry.change, true),
              })}
            </dd>
          </div>
        ))}
      </dl>
      <div className="inline-form__row">
        <button
          type="button"
          className="button button--small"
          data-testid="snapshot-markdown"
          onClick={() => download('md')}
        >
          {t.t(m.markdown)}
        </button>
        <button
          type="button"
          className="button button--small"
          data-testid="snapshot-csv"
          onClick={() => download('csv')}
        >
          {t.t(m.csv)}
        </button>
      </div>
    </section>
  );
}

function Names({ title, items, testId }: { title: MessageDescriptor; items: string[]; testId: string }) {
  const t = useT();
  return (
    <div className="snapshots__names" data-testid={testId}>
      <h5>{t.t(title, { count: items.length })}</h5>
      {items.length === 0 ? (
        <p className="panel-section__empty">{t.t(r.none)}</p>
      ) : (
        <ul>
          {items.map((item, index) => (
            <li key={index}>{item}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
