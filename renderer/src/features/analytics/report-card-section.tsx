import { useId, useMemo, useState } from 'react';
import type { Interlinkage, ReportScope } from '../../../../shared/api/analytics.js';
import { messageRef } from '../../../../shared/i18n/define-messages.js';
import { analyticsMessages as m } from '../../../../shared/i18n/messages/ui/analytics.js';
import { useLiveQuery } from '../../api/api-context.js';
import { liveQuery } from '../../api/live-store.js';
import { useWorkspace } from '../../app/project/workspace-context.js';
import { useT } from '../../i18n/i18n-context.js';
import { errorNotice } from '../../i18n/notice.js';
import { saveBlob } from '../../util/save-file.js';
import { reportCardCsv } from './report-card-csv.js';
import { ReportCardFigures } from './report-card-figures.js';

// The area panel's report card (issue #15): what is in the quarter, how diverse its creative
// firms are, its soft infrastructure, and the interlinkage test (are near actors linked more
// often than distant ones?). Live queries: an edit anywhere refreshes the figures.

const TOPICS = ['places', 'areas', 'links', 'events', 'groups'] as const;
const DEFAULT_WITHIN = 500;

const reportQuery = (scope: ReportScope, reference: ReportScope | null) =>
  liveQuery(`report-card ${JSON.stringify([scope, reference])}`, TOPICS, (api) =>
    api.reportCard({ scope, ...(reference ? { reference } : {}) }),
  );
const interlinkageQuery = (scope: ReportScope, withinMetres: number) =>
  liveQuery(`interlinkage ${JSON.stringify(scope)} ${withinMetres}`, ['places', 'links', 'areas', 'groups'], (api) =>
    api.interlinkage({ withinMetres, scope }),
  );

/**
 * The report card of a scope (an area, a group, around a place, the places the filter shows);
 * `name` names its CSV. The scope is compared by value: a new object for the same scope reads nothing.
 */
export function ReportCardSection({ scope, name }: { scope: ReportScope; name: string }) {
  const t = useT();
  const id = useId();
  const [withinMetres, setWithinMetres] = useState(DEFAULT_WITHIN);
  const [referenceAreaId, setReferenceAreaId] = useState<number | null>(null);
  const scopeKey = JSON.stringify(scope);
  const report = useLiveQuery(
    useMemo(
      () => reportQuery(scope, referenceAreaId === null ? null : { kind: 'area', areaId: referenceAreaId }),
      [scopeKey, referenceAreaId],
    ),
  );
  const links = useLiveQuery(useMemo(() => interlinkageQuery(scope, withinMetres), [scopeKey, withinMetres]));
  const card = report.data;
  const quarters = useWorkspace().data.quarters;
  const decimals = (value: number | null, digits = 2) =>
    value === null ? t.t(m.notAvailable) : t.number(value, { maximumFractionDigits: digits });
  const percent = (value: number | null) =>
    value === null ? t.t(m.notAvailable) : t.number(value, { style: 'percent', maximumFractionDigits: 1 });

  const exportCsv = () => {
    if (!card) return;
    const csv = reportCardCsv(card, links.data ?? null);
    saveBlob(
      t.t(m.csvFile, { name: name.replace(/[\\/:*?"<>|]+/g, ' ').trim() }),
      new Blob(['\uFEFF', csv], { type: 'text/csv' }),
    );
  };

  return (
    <section className="panel-section report-card" aria-labelledby={`${id}-title`} data-testid="report-card">
      <h3 className="panel-section__title" id={`${id}-title`}>
        {t.t(m.title)}
      </h3>
      {report.error !== null && (
        <p className="panel-section__empty" role="alert">
          {t.t(messageRef(m.failed, { reason: errorNotice(report.error) }))}
        </p>
      )}
      {!card && report.error === null && <p className="panel-section__empty">{t.t(m.loading)}</p>}
      {card && <ReportCardFigures card={card} decimals={decimals} percent={percent} />}
      {card && card.bySector.length > 0 && (
        <label className="report-card__distance">
          {t.t(m.reference)}
          <select
            value={referenceAreaId ?? ''}
            data-testid="report-card-reference"
            onChange={(event) => setReferenceAreaId(event.target.value === '' ? null : Number(event.target.value))}
          >
            <option value="">{t.t(m.referenceProject)}</option>
            {quarters.map((quarter) => (
              <option key={quarter.id} value={quarter.id}>
                {quarter.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <InterlinkageFigure
        interlinkage={links.data ?? null}
        withinMetres={withinMetres}
        onWithin={setWithinMetres}
        percent={percent}
        decimals={decimals}
      />
      {card && (
        <button type="button" className="button button--small" data-testid="report-card-csv" onClick={exportCsv}>
          {t.t(m.exportCsv)}
        </button>
      )}
    </section>
  );
}

type Format = (value: number | null, digits?: number) => string;

function InterlinkageFigure(props: {
  interlinkage: Interlinkage | null;
  withinMetres: number;
  onWithin(metres: number): void;
  percent: Format;
  decimals: Format;
}) {
  const t = useT();
  const id = useId();
  const { interlinkage: result, percent } = props;
  const [typed, setTyped] = useState(String(props.withinMetres));
  const commit = () => {
    const metres = Math.round(Number(typed.replace(',', '.')));
    if (Number.isFinite(metres) && metres >= 10 && metres <= 5000) props.onWithin(metres);
    else setTyped(String(props.withinMetres));
  };
  return (
    <div className="report-card__interlinkage" data-testid="interlinkage">
      <h4 className="report-card__subtitle">{t.t(m.interlinkage)}</h4>
      <label className="report-card__distance" htmlFor={`${id}-within`}>
        {t.t(m.interlinkageScope)}
        <input
          id={`${id}-within`}
          type="number"
          min={10}
          max={5000}
          step={50}
          value={typed}
          data-testid="interlinkage-within"
          onChange={(event) => setTyped(event.target.value)}
          onBlur={commit}
          onKeyDown={(event) => event.key === 'Enter' && commit()}
        />
        {t.t(m.metres)}
      </label>
      {result && (
        <ul className="report-card__lines" aria-live="polite">
          <li data-testid="interlinkage-near">
            {t.t(m.nearLinked, { ...result.near.all, share: percent(result.near.all.share) })}
          </li>
          <li data-testid="interlinkage-far">
            {t.t(m.farLinked, { ...result.far.all, share: percent(result.far.all.share) })}
          </li>
          <li>
            {t.t(m.crossSectorLinked, { ...result.near.crossSector, share: percent(result.near.crossSector.share) })}
          </li>
          <li className="report-card__verdict" data-testid="interlinkage-ratio">
            {result.nearToFarRatio === null
              ? t.t(m.noRatio)
              : t.t(m.ratio, { ratio: props.decimals(result.nearToFarRatio, 1) })}
          </li>
        </ul>
      )}
    </div>
  );
}
