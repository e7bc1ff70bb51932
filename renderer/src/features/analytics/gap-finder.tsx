import Papa from 'papaparse';
import { useId, useMemo, useState } from 'react';
import type { Gap, GapGroups } from '../../../../shared/api/analytics.js';
import { messageRef } from '../../../../shared/i18n/define-messages.js';
import { analysisMessages as m } from '../../../../shared/i18n/messages/ui/analysis.js';
import { typologyLabel } from '../../../../shared/i18n/typology-labels.js';
import { LINK_TYPES, type LinkTypeId } from '../../../../shared/model/typology.js';
import { useLiveQueryKeepingLast } from '../../api/api-context.js';
import { liveQuery } from '../../api/live-store.js';
import { useNotices } from '../../app/notices.js';
import { useWorkspace } from '../../app/project/workspace-context.js';
import { useT } from '../../i18n/i18n-context.js';
import { errorNotice } from '../../i18n/notice.js';
import { saveBlob } from '../../util/save-file.js';
import { AnalysisStatus } from './analysis-status.js';

// The gap finder tab (matchmaking): actors within walking distance of each other without a link,
// the most complementary sectors and the missing bridges first. "Link them" records the link once
// the two start working together; the list refreshes and the pair leaves it.

const DEFAULT_WITHIN = 500;
const LISTED = 50;
const gapsQuery = (withinMetres: number) =>
  liveQuery(`analysis gaps ${withinMetres}`, ['places', 'links'], (api) =>
    api.findGaps({ withinMetres, limit: LISTED }),
  );

export function GapFinder() {
  const t = useT();
  const id = useId();
  const { actions, placesById } = useWorkspace();
  const { setStatus, setError } = useNotices();
  const [within, setWithin] = useState(DEFAULT_WITHIN);
  const [type, setType] = useState<LinkTypeId>('project-partner');
  const [busy, setBusy] = useState(false);
  const state = useLiveQueryKeepingLast(useMemo(() => gapsQuery(within), [within]));
  const list = state.data;
  const nameOf = (placeId: number) => placesById.get(placeId)?.name ?? `#${placeId}`;
  const fit = (gap: Gap) =>
    t.t(gap.complementarity === 1 ? m.fitRelated : gap.complementarity === 0 ? m.fitSame : m.fitUnrelated);

  /** Links each pair in turn (a group: its three pairs); says which, or why not. */
  const link = async (pairs: [number, number][]) => {
    setBusy(true);
    try {
      for (const [fromPlaceId, toPlaceId] of pairs) await actions.createLink({ fromPlaceId, toPlaceId, type });
      setError(null);
      const names = [...new Set(pairs.flat())].map(nameOf);
      setStatus(messageRef(m.linked, { from: names.slice(0, -1).join(', '), to: names.at(-1)! }));
    } catch (error) {
      setError(errorNotice(error));
    } finally {
      setBusy(false);
    }
  };

  const exportCsv = () => {
    if (!list) return;
    const csv = Papa.unparse({
      fields: ['from_id', 'from_name', 'to_id', 'to_name', 'distance_m', 'complementarity', 'constraint_reduction'],
      data: list.gaps.map((gap) => [
        gap.fromPlaceId,
        nameOf(gap.fromPlaceId),
        gap.toPlaceId,
        nameOf(gap.toPlaceId),
        gap.distanceMetres,
        gap.complementarity,
        gap.constraintReduction,
      ]),
    });
    saveBlob(t.t(m.gapsFile, { distance: list.withinMetres }), new Blob(['\uFEFF', csv], { type: 'text/csv' }));
  };

  return (
    <div className="analysis__tab" data-testid="gap-finder">
      <div className="analysis__controls">
        <label htmlFor={`${id}-within`}>{t.t(m.within)}</label>
        <input
          id={`${id}-within`}
          type="number"
          min={10}
          max={5000}
          step={50}
          value={within}
          data-testid="gaps-within"
          onChange={(event) => {
            const value = event.currentTarget.valueAsNumber;
            if (Number.isFinite(value) && value >= 10 && value <= 5000) setWithin(value);
          }}
        />
        <label htmlFor={`${id}-type`}>{t.t(m.linkType)}</label>
        <select
          id={`${id}-type`}
          value={type}
          data-testid="gaps-link-type"
          onChange={(event) => setType(event.currentTarget.value as LinkTypeId)}
        >
          {LINK_TYPES.map((entry) => (
            <option key={entry.id} value={entry.id}>
              {typologyLabel(t, 'linkType', entry.id)}
            </option>
          ))}
        </select>
      </div>
      <AnalysisStatus state={state} />
      {list && (
        <>
          <p className="analysis__note" data-testid="gaps-summary">
            {t.t(m.gapsCount, { candidates: list.candidates })}
          </p>
          <ol className="analysis__list">
            {list.gaps.map((gap) => (
              <li key={`${gap.fromPlaceId}-${gap.toPlaceId}`} className="analysis__gap" data-testid="gap">
                <span className="analysis__pick-name">
                  {t.t(m.gapPair, { from: nameOf(gap.fromPlaceId), to: nameOf(gap.toPlaceId) })}
                </span>
                <span className="analysis__pick-details">
                  {t.t(m.gapRow, {
                    distance: Math.round(gap.distanceMetres),
                    fit: fit(gap),
                    change: t.number(-gap.constraintReduction, { maximumFractionDigits: 3, signDisplay: 'exceptZero' }),
                  })}
                </span>
                <button
                  type="button"
                  className="button button--small"
                  disabled={busy}
                  aria-label={t.t(m.linkThemLabel, { from: nameOf(gap.fromPlaceId), to: nameOf(gap.toPlaceId) })}
                  data-testid="gap-link"
                  onClick={() => void link([[gap.fromPlaceId, gap.toPlaceId]])}
                >
                  {t.t(m.linkThem)}
                </button>
              </li>
            ))}
          </ol>
          <GapGroupList groups={list.groups} nameOf={nameOf} busy={busy} onLink={(pairs) => void link(pairs)} />
          {list.gaps.length > 0 && (
            <button type="button" className="button button--small" data-testid="gaps-csv" onClick={exportCsv}>
              {t.t(m.exportCsv)}
            </button>
          )}
        </>
      )}
    </div>
  );
}

const GROUPS_SHOWN = 10;

function GapGroupList(props: {
  groups: GapGroups;
  nameOf(placeId: number): string;
  busy: boolean;
  onLink(pairs: [number, number][]): void;
}) {
  const t = useT();
  const { groups, nameOf } = props;
  return (
    <>
      <h4 className="analysis__subtitle">{t.t(m.groupsTitle)}</h4>
      <p className="analysis__note" data-testid="gap-groups-summary">
        {t.t(m.groupsCount, { candidates: groups.candidates })}
      </p>
      <ol className="analysis__list">
        {groups.groups.slice(0, GROUPS_SHOWN).map(({ placeIds: [a, b, c] }) => {
          const names = { first: nameOf(a), second: nameOf(b), third: nameOf(c) };
          return (
            <li key={`${a}-${b}-${c}`} className="analysis__gap" data-testid="gap-group">
              <span className="analysis__pick-name">{t.t(m.groupMembers, names)}</span>
              <button
                type="button"
                className="button button--small"
                disabled={props.busy}
                aria-label={t.t(m.linkAllLabel, names)}
                data-testid="gap-group-link"
                onClick={() =>
                  props.onLink([
                    [a, b],
                    [a, c],
                    [b, c],
                  ])
                }
              >
                {t.t(m.linkAll)}
              </button>
            </li>
          );
        })}
      </ol>
    </>
  );
}
