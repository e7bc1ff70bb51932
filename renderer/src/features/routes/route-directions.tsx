import { useState } from 'react';
import { messageRef } from '../../../../shared/i18n/define-messages.js';
import { directionMessages } from '../../../../shared/i18n/messages/directions.js';
import { routeMessages as m } from '../../../../shared/i18n/messages/ui/routes.js';
import { directionMessage } from '../../../../shared/routing/direction-text.js';
import type { Route } from '../../../../shared/model/schemas.js';
import { useT } from '../../i18n/i18n-context.js';
import { formatLength } from './route-format.js';
import type { StopSegment } from '../../../../shared/routing/stop-segments.js';
import { useRoutes } from './routes-context.js';

/**
 * The way to one stop: how long, how far, what it climbs, the points its line was dragged through
 * (which can be taken away), whether it is straight and why.
 */
export function SegmentLine({ segment, route }: { segment: StopSegment; route: Route }) {
  const t = useT();
  const { edits } = useRoutes();
  const [busy, setBusy] = useState(false);
  return (
    <div className="route-segment" data-testid="route-segment">
      <p className="route-segment__measures">
        {segment.ascentMetres !== null && segment.descentMetres !== null
          ? t.t(m.segmentWithClimbs, {
              length: formatLength(t, segment.lengthMetres),
              minutes: Math.max(1, Math.round(segment.durationSeconds / 60)),
              mode: route.mode,
              ascent: Math.round(segment.ascentMetres),
              descent: Math.round(segment.descentMetres),
            })
          : t.t(m.segment, {
              length: formatLength(t, segment.lengthMetres),
              minutes: Math.max(1, Math.round(segment.durationSeconds / 60)),
              mode: route.mode,
            })}
      </p>
      {segment.legIndexes.length > 1 && (
        <p className="route-segment__vias" data-testid="route-segment-vias">
          {t.t(m.segmentVias, { count: segment.legIndexes.length - 1 })}
          <button
            type="button"
            className="button button--small"
            disabled={busy}
            data-testid="route-segment-remove-vias"
            onClick={() => {
              setBusy(true);
              void edits
                .update(
                  { vias: route.vias.filter((via) => via.afterStop !== segment.toStop - 1) },
                  messageRef(m.viasRemoved, { name: route.name }),
                )
                .finally(() => setBusy(false));
            }}
          >
            {t.t(m.removeVias)}
          </button>
        </p>
      )}
      {[...new Set(segment.straightReasons)].map((reason) => (
        <p key={reason} className="route-warning" role="note" data-testid="route-segment-straight">
          {t.t(m.straightReason, {
            reason: reason === 'off-network' ? 'offNetwork' : reason === 'no-path' ? 'noPath' : 'notRouted',
          })}
        </p>
      ))}
    </div>
  );
}

/** Turn-by-turn directions to one stop, in the reader's language, folded until asked for. */
export function SegmentDirections({
  segment,
  route,
  stopName,
}: {
  segment: StopSegment;
  route: Route;
  stopName: string;
}) {
  const t = useT();
  const steps: string[] = [];
  for (const index of segment.legIndexes) {
    const leg = route.legs[index];
    if (!leg) continue;
    if (leg.kind === 'network') for (const step of leg.directions) steps.push(t.t(directionMessage(step)));
    else steps.push(t.t(directionMessages.straightLeg, { stop: stopName, metres: Math.round(leg.lengthMetres) }));
  }
  steps.push(t.t(directionMessages.arrive, { stop: stopName }));
  return (
    <details className="route-directions" data-testid="route-directions">
      <summary>{t.t(m.directions)}</summary>
      <ol className="route-directions__list">
        {steps.map((step, index) => (
          <li key={index} data-testid="route-direction-step">
            {step}
          </li>
        ))}
      </ol>
    </details>
  );
}
