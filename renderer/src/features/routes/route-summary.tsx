import type { RouteDetails } from '../../../../shared/api/contract.js';
import { routeMessages as m } from '../../../../shared/i18n/messages/ui/routes.js';
import type { Route } from '../../../../shared/model/schemas.js';
import { useT } from '../../i18n/i18n-context.js';
import { formatClock, formatDuration, formatLength } from './route-format.js';

/**
 * What the route measures: its length, the time on the way (with the slopes when an elevation file
 * is there), the time at the stops, the climbs, and when it ends when it has a start time.
 */
export function RouteSummary({ route, details }: { route: Route; details: RouteDetails | null }) {
  const t = useT();
  const elevation = details?.elevation ?? null;
  const travelSeconds = elevation?.durationSeconds ?? route.durationSeconds;
  const visitMinutes = route.stops.reduce((sum, stop) => sum + stop.visitMinutes, 0);
  const straightLegs = route.legs.filter((leg) => leg.kind === 'straight').length;
  const schedule = details?.schedule ?? null;
  const last = schedule?.[schedule.length - 1];
  const rows: { id: string; label: string; value: string }[] = [
    { id: 'length', label: t.t(m.length), value: formatLength(t, route.lengthMetres) },
    { id: 'time', label: t.t(m.travelTime, { mode: route.mode }), value: formatDuration(t, travelSeconds) },
  ];
  if (visitMinutes > 0) {
    rows.push({ id: 'visits', label: t.t(m.visitsTime), value: formatDuration(t, visitMinutes * 60) });
    rows.push({
      id: 'total',
      label: t.t(m.totalTime),
      value: formatDuration(t, travelSeconds + visitMinutes * 60),
    });
  }
  if (elevation) {
    rows.push({ id: 'ascent', label: t.t(m.ascent), value: formatLength(t, elevation.ascentMetres) });
    rows.push({
      id: 'descent',
      label: t.t(m.descent),
      value: formatLength(t, elevation.descentMetres),
    });
  }
  if (route.startTime && last) rows.push({ id: 'end', label: t.t(m.endsAt), value: formatClock(t, last.arrival) });
  return (
    <div className="route-summary">
      <dl className="route-summary__list" data-testid="route-summary">
        {rows.map((row) => (
          <div key={row.id} className="route-summary__item" data-testid={`route-summary-${row.id}`}>
            <dt>{row.label}</dt>
            <dd>{row.value}</dd>
          </div>
        ))}
      </dl>
      {!elevation && details && <p className="route-summary__note">{t.t(m.flatTimes)}</p>}
      {straightLegs > 0 && (
        <p className="route-warning" role="note" data-testid="route-straight-warning">
          {t.t(m.straightWarning, { count: straightLegs })}
        </p>
      )}
    </div>
  );
}
