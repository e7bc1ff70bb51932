import './routes.css';
import { useId, useState } from 'react';
import { routeMessages as m } from '../../../../shared/i18n/messages/ui/routes.js';
import { typologyLabel } from '../../../../shared/i18n/typology-labels.js';
import type { Route } from '../../../../shared/model/schemas.js';
import { useSelection } from '../../app/map-tools/map-tools-context.js';
import { SYMBOLS } from '../../app/symbols.js';
import { ConfirmDelete } from '../../app/confirm-delete.js';
import { ErrorMessage } from '../../app/error-message.js';
import { useT } from '../../i18n/i18n-context.js';
import { ROUTE_COLOUR } from '../../map/family-colours.js';
import { HistorySection } from '../edits/history-section.js';
import { PrintGuideSection } from '../guides/print-guide-section.js';
import { BestOrder } from './best-order.js';
import { ElevationChart } from './elevation-chart.js';
import { PlacesAlong } from './places-along.js';
import { RouteForm } from './route-form.js';
import { RouteStopsList } from './route-stops-list.js';
import { RouteSummary } from './route-summary.js';
import { useRoutes } from './routes-context.js';

/** The open route: what it measures, its stops in order, its order, profile and surroundings. */
export function RoutePanel({ route }: { route: Route }) {
  const t = useT();
  const titleId = useId();
  const { selectRoute } = useSelection();
  const { details, detailsError, edits } = useRoutes();
  const [confirming, setConfirming] = useState(false);
  const [deleting, setDeleting] = useState(false);

  async function remove() {
    setDeleting(true);
    const removed = await edits.remove(route);
    setDeleting(false);
    setConfirming(false);
    if (removed) selectRoute(null);
  }

  return (
    <section className="panel route-panel" data-testid="route-panel" data-route-id={route.id} aria-labelledby={titleId}>
      <header className="panel__header">
        <span className="panel__dot" style={{ backgroundColor: ROUTE_COLOUR }} aria-hidden="true" />
        <div className="panel__heading">
          <h2 className="panel__title" id={titleId} data-content="" data-testid="route-panel-title">
            {route.name}
          </h2>
          <p className="panel__subtitle">
            {t.t(m.subtitle, { mode: typologyLabel(t, 'routeMode', route.mode), count: route.stops.length })}
          </p>
        </div>
        <button
          type="button"
          className="button button--quiet panel__close"
          aria-label={t.t(m.closePanel)}
          title={t.t(m.closePanel)}
          data-testid="close-route-panel-button"
          onClick={() => selectRoute(null)}
        >
          <span aria-hidden="true">{SYMBOLS.close}</span>
        </button>
      </header>
      <ErrorMessage message={detailsError} />
      <RouteSummary route={route} details={details} />
      <RouteForm key={formKey(route)} route={route} />
      <RouteStopsList route={route} details={details} />
      <BestOrder route={route} />
      {details?.elevation && <ElevationChart elevation={details.elevation} />}
      <PlacesAlong route={route} />
      <PrintGuideSection route={route} />
      <div className="route-panel__actions">
        {!confirming && (
          <button
            type="button"
            className="button button--danger-quiet"
            data-testid="delete-route-button"
            onClick={() => setConfirming(true)}
          >
            {t.t(m.deleteRoute)}
          </button>
        )}
      </div>
      {confirming && (
        <ConfirmDelete
          question={t.t(m.deleteQuestion, { name: route.name })}
          deleting={deleting}
          deletingLabel={t.t(m.deleting)}
          testId="confirm-delete-route-button"
          onConfirm={() => void remove()}
          onCancel={() => setConfirming(false)}
        />
      )}
      <HistorySection featureType="route" id={route.id} />
    </section>
  );
}

/** The form starts again from the stored route whenever what it edits changed (an undo, a redo). */
function formKey(route: Route): string {
  return JSON.stringify([
    route.id,
    route.name,
    route.description,
    route.mode,
    route.speedKmh,
    route.startTime,
    route.translations ?? null,
  ]);
}
