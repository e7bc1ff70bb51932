import './report-card.css';
import type { ScopedReportCard } from '../../../../shared/api/analytics.js';
import { analyticsMessages as m } from '../../../../shared/i18n/messages/ui/analytics.js';
import { typologyLabel } from '../../../../shared/i18n/typology-labels.js';
import { useT } from '../../i18n/i18n-context.js';

// The figures of a report card (issue #15): what is in the scope, how diverse its creative firms
// are, its sectors' location quotients and its soft infrastructure. Shown by the area panel and
// printed on a map of the area; nothing here can be changed.

function Bars({ rows, label }: { rows: { key: string; name: string; value: number; note?: string }[]; label: string }) {
  const largest = Math.max(1, ...rows.map((row) => row.value));
  return (
    <ul className="report-card__bars" aria-label={label}>
      {rows.map((row) => (
        <li key={row.key} className="report-card__bar-row" data-testid="report-card-bar" data-key={row.key}>
          <span className="report-card__bar-name">{row.name}</span>
          <span className="report-card__bar-track" aria-hidden="true">
            <span className="report-card__bar" style={{ width: `${(100 * row.value) / largest}%` }} />
          </span>
          <span className="report-card__bar-value">{row.note ?? row.value}</span>
        </li>
      ))}
    </ul>
  );
}

export type Format = (value: number | null, digits?: number) => string;

export function ReportCardFigures({
  card,
  decimals,
  percent,
}: {
  card: ScopedReportCard;
  decimals: Format;
  percent: Format;
}) {
  const t = useT();
  const { diversity, soft } = card;
  const years = new Map<number, number>();
  for (const { year, count } of soft.eventsByYear) years.set(year, (years.get(year) ?? 0) + count);
  return (
    <>
      <dl className="report-card__figures" data-testid="report-card-figures">
        <dt>{t.t(m.firms)}</dt>
        <dd data-testid="report-card-firms">
          {card.firmsPerHectare === null
            ? t.number(card.creativeFirms)
            : t.t(m.firmsPerHectare, { firms: card.creativeFirms, count: decimals(card.firmsPerHectare) })}
        </dd>
        <dt>{t.t(m.actorsAndSitesLabel)}</dt>
        <dd>{t.t(m.actorsAndSites, { actors: card.actors, sites: card.sites })}</dd>
        <dt>{t.t(m.sectors)}</dt>
        <dd data-testid="report-card-sectors">
          {t.t(m.effectiveSectors, { count: diversity.hill.q0, effective: decimals(diversity.hill.q1, 1) })}
        </dd>
        <dt>{t.t(m.diversity)}</dt>
        <dd data-testid="report-card-diversity">
          {t.t(m.diversityValue, { shannon: decimals(diversity.shannon), simpson: decimals(diversity.giniSimpson) })}
        </dd>
        <dt>{t.t(m.variety)}</dt>
        <dd>
          {t.t(m.varietyValue, {
            related: decimals(diversity.relatedVariety),
            unrelated: decimals(diversity.unrelatedVariety),
          })}
        </dd>
      </dl>
      {card.bySector.length === 0 ? (
        <p className="panel-section__empty">{t.t(m.noFirms)}</p>
      ) : (
        <>
          <Bars
            label={t.t(m.sectors)}
            rows={card.bySector.map(({ sector, count, locationQuotient }) => ({
              key: sector,
              name: typologyLabel(t, 'sector', sector),
              value: count,
              note: t.t(m.sectorNote, { count, quotient: decimals(locationQuotient) }),
            }))}
          />
          <p className="report-card__hint">{t.t(m.quotientHint)}</p>
        </>
      )}
      <h4 className="report-card__subtitle">{t.t(m.soft)}</h4>
      <dl className="report-card__figures">
        <dt>{t.t(m.events)}</dt>
        <dd data-testid="report-card-events">{t.number(soft.events)}</dd>
        <dt>{t.t(m.actorsInEvents)}</dt>
        <dd>{percent(soft.shareOfActorsInEvents)}</dd>
        <dt>{t.t(m.knowledgeLinks)}</dt>
        <dd>{decimals(soft.knowledgeExchangeLinksPerFirm)}</dd>
      </dl>
      {years.size > 0 && (
        <Bars
          label={t.t(m.eventsPerYear)}
          rows={[...years].map(([year, count]) => ({ key: String(year), name: String(year), value: count }))}
        />
      )}
    </>
  );
}
