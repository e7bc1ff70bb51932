import './snapshots.css';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { snapshotName } from '../../../../shared/analytics/change-report-export.js';
import type { SnapshotSummary } from '../../../../shared/api/snapshots.js';
import { messageRef } from '../../../../shared/i18n/define-messages.js';
import { snapshotUiMessages as m } from '../../../../shared/i18n/messages/ui/snapshots.js';
import { useApi, useLiveQuery } from '../../api/api-context.js';
import { liveQuery } from '../../api/live-store.js';
import { DateField } from '../../app/date-field.js';
import { ErrorMessage } from '../../app/error-message.js';
import { useT } from '../../i18n/i18n-context.js';
import { errorNotice, type Notice } from '../../i18n/notice.js';
import { ChangeSummary, type Comparison } from './change-summary.js';

// The area panel's snapshots (issue #15, point 6), under the report card: save the report card
// with a date and a label, list the saved ones, pick two and see what changed. The list is a live
// query on the snapshots topic: a save, a delete or their undo shows without a refresh.

const listQuery = (areaId: number) =>
  liveQuery(`snapshots area ${areaId}`, ['snapshots', 'areas'], (api) =>
    api.listSnapshots({ scope: { kind: 'area', areaId } }),
  );

function today(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

export function SnapshotsSection({ areaId, areaName }: { areaId: number; areaName: string }) {
  const t = useT();
  const api = useApi();
  const id = useId();
  const snapshots = useLiveQuery(useMemo(() => listQuery(areaId), [areaId]));
  const [takenOn, setTakenOn] = useState(today);
  const [label, setLabel] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Notice | null>(null);
  const [picked, setPicked] = useState<{ fromId: number | null; toId: number | null }>({ fromId: null, toId: null });
  const [compared, setCompared] = useState<Comparison | null>(null);
  const [sinceDate, setSinceDate] = useState('');
  const list = snapshots.data ?? [];
  // The list is newest first: by default compare the oldest with the newest.
  const fromId = list.some((entry) => entry.id === picked.fromId) ? picked.fromId : (list.at(-1)?.id ?? null);
  const toId = list.some((entry) => entry.id === picked.toId) ? picked.toId : (list[0]?.id ?? null);
  // A comparison of snapshots shows while both still exist (a delete, an undo).
  const shownComparison =
    compared?.kind === 'snapshots' &&
    !(list.some((entry) => entry.id === compared.fromId) && list.some((entry) => entry.id === compared.toId))
      ? null
      : compared;

  async function save(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api.saveSnapshot({ scope: { kind: 'area', areaId }, takenOn: takenOn || undefined, label });
      setLabel('');
    } catch (failure) {
      setError(errorNotice(failure));
    } finally {
      setBusy(false);
    }
  }

  async function remove(snapshot: SnapshotSummary) {
    setError(null);
    try {
      await api.deleteSnapshot({ id: snapshot.id });
    } catch (failure) {
      setError(errorNotice(failure));
    }
  }

  const option = (snapshot: SnapshotSummary) => (
    <option key={snapshot.id} value={snapshot.id}>
      {snapshotName(t, snapshot)}
    </option>
  );

  return (
    <section className="panel-section snapshots" aria-labelledby={`${id}-title`} data-testid="snapshots">
      <h3 className="panel-section__title" id={`${id}-title`}>
        {t.t(m.title)}
      </h3>
      <form className="inline-form" data-testid="snapshot-form" onSubmit={(event) => void save(event)}>
        <div className="inline-form__row">
          <div className="field">
            <label className="field__label" htmlFor={`${id}-date`}>
              {t.t(m.date)}
            </label>
            <DateField id={`${id}-date`} value={takenOn} data-testid="snapshot-date" onChange={setTakenOn} />
          </div>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-label`}>
              {t.t(m.label)}
            </label>
            <input
              id={`${id}-label`}
              className="input"
              value={label}
              maxLength={500}
              data-testid="snapshot-label"
              onChange={(event) => setLabel(event.target.value)}
            />
          </div>
        </div>
        <button type="submit" className="button button--small" disabled={busy} data-testid="snapshot-save">
          {t.t(m.save)}
        </button>
      </form>
      <ErrorMessage message={error} onDismiss={() => setError(null)} />
      {snapshots.error !== null && (
        <p className="panel-section__empty" role="alert">
          {t.t(messageRef(m.failed, { reason: errorNotice(snapshots.error) }))}
        </p>
      )}
      {!snapshots.data && snapshots.error === null && <p className="panel-section__empty">{t.t(m.loading)}</p>}
      {snapshots.data && list.length === 0 && <p className="panel-section__empty">{t.t(m.empty)}</p>}
      {list.length > 0 && (
        <ul className="snapshots__list" aria-label={t.t(m.list)} data-testid="snapshot-list">
          {list.map((snapshot) => (
            <li key={snapshot.id} className="snapshots__item" data-testid="snapshot-item">
              <span className="snapshots__text">
                <span className="snapshots__name">{snapshotName(t, snapshot)}</span>
                <span className="snapshots__counts">
                  {t.t(m.counts, { actors: snapshot.actors, links: snapshot.links })}
                </span>
              </span>
              <button
                type="button"
                className="button button--quiet button--small"
                aria-label={t.t(m.deleteLabel, { name: snapshotName(t, snapshot) })}
                data-testid="snapshot-delete"
                onClick={() => void remove(snapshot)}
              >
                {t.t(m.delete)}
              </button>
            </li>
          ))}
        </ul>
      )}
      {list.length >= 2 && fromId !== null && toId !== null && (
        <div className="inline-form__row snapshots__compare">
          <div className="field">
            <label className="field__label" htmlFor={`${id}-from`}>
              {t.t(m.from)}
            </label>
            <select
              id={`${id}-from`}
              className="input"
              value={fromId}
              data-testid="snapshot-from"
              onChange={(event) => setPicked({ fromId: Number(event.target.value), toId })}
            >
              {list.map(option)}
            </select>
          </div>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-to`}>
              {t.t(m.to)}
            </label>
            <select
              id={`${id}-to`}
              className="input"
              value={toId}
              data-testid="snapshot-to"
              onChange={(event) => setPicked({ fromId, toId: Number(event.target.value) })}
            >
              {list.map(option)}
            </select>
          </div>
          <button
            type="button"
            className="button button--small"
            data-testid="snapshot-compare"
            onClick={() => setCompared({ kind: 'snapshots', fromId, toId })}
          >
            {t.t(m.compare)}
          </button>
        </div>
      )}
      <div className="inline-form__row snapshots__compare">
        <div className="field">
          <label className="field__label" htmlFor={`${id}-since`}>
            {t.t(m.since)}
          </label>
          <DateField id={`${id}-since`} value={sinceDate} data-testid="snapshot-since" onChange={setSinceDate} />
        </div>
        <button
          type="button"
          className="button button--small"
          data-testid="snapshot-compare-since"
          disabled={!/^\d{4}-\d{2}-\d{2}$/.test(sinceDate)}
          onClick={() => setCompared({ kind: 'since', areaId, fromDate: sinceDate })}
        >
          {t.t(m.compareSince)}
        </button>
      </div>
      <p className="report-card__hint">{t.t(m.sinceHint)}</p>
      {shownComparison && (
        <ChangeSummary comparison={shownComparison} areaName={areaName} key={JSON.stringify(shownComparison)} />
      )}
    </section>
  );
}
