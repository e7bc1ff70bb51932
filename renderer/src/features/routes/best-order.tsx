import { useEffect, useId, useState } from 'react';
import type { RoutePlan } from '../../../../shared/api/contract.js';
import { messageRef } from '../../../../shared/i18n/define-messages.js';
import { routeMessages as m } from '../../../../shared/i18n/messages/ui/routes.js';
import type { Route } from '../../../../shared/model/schemas.js';
import { useApi } from '../../api/api-context.js';
import { ErrorMessage } from '../../app/error-message.js';
import { useWorkspace } from '../../app/project/workspace-context.js';
import { useT } from '../../i18n/i18n-context.js';
import { errorNotice, type Notice } from '../../i18n/notice.js';
import { formatSaving } from './route-format.js';
import { isRoundTrip } from './route-stop-order.js';
import { useRoutes } from './routes-context.js';

type Kind = 'open' | 'round';

interface Proposal {
  plan: RoutePlan;
  stopPlaceIds: number[];
  unchanged: boolean;
}

/**
 * "Best order": the stops in the order that takes least time on the network, the start kept (and
 * the end, if asked), as a walk that ends elsewhere or a round trip. It shows what the new order
 * saves and draws it on the map; the user keeps it (one undo step) or drops it.
 */
export function BestOrder({ route }: { route: Route }) {
  const t = useT();
  const id = useId();
  const api = useApi();
  const { placesById } = useWorkspace();
  const { edits, setPreview } = useRoutes();
  const ids = route.stops.map((stop) => stop.placeId);
  const round = isRoundTrip(ids);
  const [kind, setKind] = useState<Kind>(round ? 'round' : 'open');
  const [fixEnd, setFixEnd] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Notice | null>(null);
  const [proposal, setProposal] = useState<Proposal | null>(null);

  // A proposal is for the route as it was: any change of the route drops it.
  useEffect(() => {
    setProposal(null);
    setError(null);
  }, [route]);
  useEffect(
    () => setPreview(proposal && !proposal.unchanged ? proposal.plan.geometry.coordinates : null),
    [proposal, setPreview],
  );

  async function find() {
    setBusy(true);
    setError(null);
    setProposal(null);
    // A round trip's last stop is its start again: the order is found among the others.
    const base = round ? ids.slice(0, -1) : ids;
    try {
      const plan = await api.planRoute({
        mode: route.mode,
        stops: base.map((placeId) => ({ placeId })),
        order: kind,
        fixEnd: kind === 'open' && fixEnd,
        speedKmh: route.speedKmh,
      });
      const stopPlaceIds = plan.order.map((index) => base[index]!);
      setProposal({ plan, stopPlaceIds, unchanged: stopPlaceIds.join() === ids.join() });
    } catch (caught) {
      setError(errorNotice(caught));
    } finally {
      setBusy(false);
    }
  }

  async function keep() {
    if (!proposal) return;
    setBusy(true);
    await edits.update({ stopPlaceIds: proposal.stopPlaceIds }, messageRef(m.orderKept, { name: route.name }));
    setBusy(false);
  }

  const given = proposal?.plan.given;
  const savedMetres = proposal && given ? given.lengthMetres - proposal.plan.lengthMetres : 0;
  const savedSeconds = proposal && given ? given.durationSeconds - proposal.plan.durationSeconds : 0;
  return (
    <section className="route-best-order" aria-labelledby={`${id}-title`} data-testid="best-order">
      <h3 className="route-section__title" id={`${id}-title`}>
        {t.t(m.bestOrderTitle)}
      </h3>
      <fieldset className="route-best-order__choices">
        <legend className="visually-hidden">{t.t(m.bestOrderKind)}</legend>
        <label className="route-choice">
          <input type="radio" name={`${id}-kind`} checked={kind === 'open'} onChange={() => setKind('open')} />
          {t.t(m.orderOpen)}
        </label>
        <label className="route-choice">
          <input
            type="radio"
            name={`${id}-kind`}
            checked={kind === 'round'}
            data-testid="best-order-round"
            onChange={() => setKind('round')}
          />
          {t.t(m.orderRound)}
        </label>
        <label className="route-choice">
          <input
            type="checkbox"
            checked={kind === 'open' && fixEnd}
            disabled={kind !== 'open'}
            onChange={(event) => setFixEnd(event.target.checked)}
          />
          {t.t(m.orderFixEnd)}
        </label>
      </fieldset>
      <button
        type="button"
        className="button"
        disabled={busy}
        data-testid="best-order-button"
        onClick={() => void find()}
      >
        {busy && !proposal ? t.t(m.bestOrderFinding) : t.t(m.bestOrderFind)}
      </button>
      <ErrorMessage message={error} />
      {proposal && (
        <div className="route-proposal" role="status" data-testid="best-order-result">
          {proposal.unchanged ? (
            <p>{t.t(m.orderAlreadyBest)}</p>
          ) : (
            <>
              <p className="route-proposal__order" data-content="">
                {proposal.stopPlaceIds.map((placeId) => placesById.get(placeId)?.name ?? `#${placeId}`).join(' → ')}
              </p>
              <p data-testid="best-order-savings">
                {savedMetres >= 0 && savedSeconds >= 0
                  ? t.t(m.orderSaves, { saving: formatSaving(t, savedMetres, savedSeconds) })
                  : t.t(m.orderCosts, { saving: formatSaving(t, savedMetres, savedSeconds) })}
              </p>
              <p>{t.t(m.orderExact, { exact: proposal.plan.exact ? 'yes' : 'no' })}</p>
              <div className="route-proposal__actions">
                <button
                  type="button"
                  className="button button--primary"
                  disabled={busy}
                  data-testid="best-order-keep"
                  onClick={() => void keep()}
                >
                  {t.t(m.orderKeep)}
                </button>
                <button
                  type="button"
                  className="button"
                  disabled={busy}
                  data-testid="best-order-drop"
                  onClick={() => setProposal(null)}
                >
                  {t.t(m.orderDrop)}
                </button>
              </div>
            </>
          )}
        </div>
      )}
    </section>
  );
}
