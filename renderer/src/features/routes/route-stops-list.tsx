import { useEffect, useId, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { RouteDetails } from '../../../../shared/api/contract.js';
import { messageRef } from '../../../../shared/i18n/define-messages.js';
import { routeMessages as m } from '../../../../shared/i18n/messages/ui/routes.js';
import type { Route } from '../../../../shared/model/schemas.js';
import { useWorkspace } from '../../app/project/workspace-context.js';
import { SYMBOLS } from '../../app/symbols.js';
import { useT } from '../../i18n/i18n-context.js';
import { flyToPosition } from '../../map/camera.js';
import { useMapHandle } from '../../map/map-handle.js';
import { SegmentDirections, SegmentLine } from './route-directions.js';
import { formatClock } from './route-format.js';
import { stopSegments } from '../../../../shared/routing/stop-segments.js';
import { moveItem, withoutItem } from './route-stop-order.js';
import { useRoutes } from './routes-context.js';

interface Drag {
  from: number;
  /** The slot it would be dropped in: before the stop of this index (the count of stops: at the end). */
  slot: number;
}

/** Where a dragged stop ends up when dropped in a slot (the list without it, then put back). */
const dropIndex = ({ from, slot }: Drag) => (slot > from ? slot - 1 : slot);

/**
 * The route's stops in order, each with the way to it (length, time, climbs, directions), its
 * arrival time and visit minutes. Reordered by dragging the grip or by its up/down buttons (the
 * grip also takes the arrow keys); each move, removal or visit time is one undo step.
 */
export function RouteStopsList({ route, details }: { route: Route; details: RouteDetails | null }) {
  const t = useT();
  const id = useId();
  const { placesById } = useWorkspace();
  const { edits } = useRoutes();
  const mapRef = useMapHandle();
  const [busy, setBusy] = useState(false);
  const [drag, setDrag] = useState<Drag | null>(null);
  const rows = useRef<(HTMLLIElement | null)[]>([]);
  const listRef = useRef<HTMLOListElement>(null);
  /** After a move by keyboard: which stop's control gets the focus back. */
  const focusAfter = useRef<{ index: number; control: 'up' | 'down' | 'grip' } | null>(null);
  const ids = route.stops.map((stop) => stop.placeId);
  const nameOf = (placeId: number) => placesById.get(placeId)?.name ?? `#${placeId}`;
  const segments = new Map(
    stopSegments(route.legs, details?.elevation?.legs).map((segment) => [segment.toStop, segment]),
  );
  const schedule = new Map((details?.schedule ?? []).map((entry) => [entry.stop, entry]));

  useEffect(() => {
    const wanted = focusAfter.current;
    if (!wanted || busy) return;
    focusAfter.current = null;
    const row = rows.current[wanted.index];
    const control =
      row?.querySelector<HTMLButtonElement>(`[data-control="${wanted.control}"]:not(:disabled)`) ??
      row?.querySelector<HTMLButtonElement>('[data-control="grip"]');
    control?.focus();
  }, [route, busy]);

  async function change(work: () => Promise<boolean>) {
    setBusy(true);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  }

  function move(from: number, to: number, control?: 'up' | 'down' | 'grip') {
    if (busy || to < 0 || to >= ids.length || from === to) return;
    if (control) focusAfter.current = { index: to, control };
    const name = nameOf(ids[from]!);
    void change(() =>
      edits.update({ stopPlaceIds: moveItem(ids, from, to) }, messageRef(m.stopMoved, { name, number: to + 1 })),
    );
  }

  function remove(index: number) {
    const name = nameOf(ids[index]!);
    focusAfter.current = { index: Math.min(index, ids.length - 2), control: 'grip' };
    void change(() =>
      edits.update(
        {
          stopPlaceIds: withoutItem(ids, index),
          visitMinutes: withoutItem(
            route.stops.map((stop) => stop.visitMinutes),
            index,
          ),
        },
        messageRef(m.stopRemoved, { name, route: route.name }),
      ),
    );
  }

  function setVisit(index: number, value: string) {
    const minutes = value.trim() === '' ? 0 : Math.round(Number(value));
    if (!Number.isFinite(minutes) || minutes === route.stops[index]!.visitMinutes) return;
    const visitMinutes = route.stops.map((stop, position) => (position === index ? minutes : stop.visitMinutes));
    void change(() => edits.update({ visitMinutes }));
  }

  /** The slot under the pointer: before the first stop whose middle is below it. */
  function slotAt(clientY: number): number {
    const index = rows.current.slice(0, ids.length).findIndex((row) => {
      if (!row) return false;
      const box = row.getBoundingClientRect();
      return clientY < box.top + box.height / 2;
    });
    return index === -1 ? ids.length : index;
  }

  const gripHandlers = (index: number) => ({
    onPointerDown(event: PointerEvent<HTMLButtonElement>) {
      if (busy || event.button !== 0) return;
      event.currentTarget.setPointerCapture(event.pointerId);
      setDrag({ from: index, slot: index });
    },
    onPointerMove(event: PointerEvent<HTMLButtonElement>) {
      if (!drag) return;
      const slot = slotAt(event.clientY);
      if (slot !== drag.slot) setDrag({ ...drag, slot });
    },
    onPointerUp() {
      const finished = drag;
      setDrag(null);
      if (finished) move(finished.from, dropIndex(finished));
    },
    onPointerCancel: () => setDrag(null),
    onKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
      if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
      event.preventDefault();
      move(index, index + (event.key === 'ArrowUp' ? -1 : 1), 'grip');
    },
  });

  const occurrences = new Map<number, number>();
  return (
    <section className="route-stops" aria-labelledby={`${id}-title`}>
      <h3 className="route-section__title" id={`${id}-title`}>
        {t.t(m.stopsTitle, { count: ids.length })}
      </h3>
      <p className="route-section__hint" id={`${id}-hint`}>
        {t.t(m.stopsHint)}
      </p>
      <ol className="route-stops__list" ref={listRef} aria-busy={busy} aria-describedby={`${id}-hint`}>
        {route.stops.map((stop, index) => {
          const seen = occurrences.get(stop.placeId) ?? 0;
          occurrences.set(stop.placeId, seen + 1);
          const name = nameOf(stop.placeId);
          const segment = segments.get(index);
          const times = schedule.get(index);
          const place = placesById.get(stop.placeId);
          const classes = ['route-stop'];
          if (drag?.from === index) classes.push('route-stop--dragging');
          if (drag && drag.slot === index && dropIndex(drag) !== drag.from) classes.push('route-stop--drop-before');
          if (drag && drag.slot === ids.length && index === ids.length - 1 && dropIndex(drag) !== drag.from)
            classes.push('route-stop--drop-after');
          return (
            <li
              key={`${stop.placeId}:${seen}`}
              ref={(row) => {
                rows.current[index] = row;
              }}
              className={classes.join(' ')}
              data-testid="route-stop"
              data-place-id={stop.placeId}
            >
              {segment && index > 0 && (
                <div className="route-stop__way">
                  <SegmentLine segment={segment} route={route} />
                  <SegmentDirections segment={segment} route={route} stopName={name} />
                </div>
              )}
              <div className="route-stop__row">
                <button
                  type="button"
                  className="route-stop__grip"
                  data-control="grip"
                  data-testid="route-stop-grip"
                  aria-label={t.t(m.dragStop, { name, number: index + 1 })}
                  title={t.t(m.dragStop, { name, number: index + 1 })}
                  disabled={busy}
                  {...gripHandlers(index)}
                >
                  <span aria-hidden="true">{SYMBOLS.dragHandle}</span>
                </button>
                <span className="route-stop__number" aria-hidden="true">
                  {t.number(index + 1)}
                </span>
                <button
                  type="button"
                  className="route-stop__name"
                  data-content=""
                  title={t.t(m.showStop, { name })}
                  onClick={() => {
                    if (place && mapRef.current) flyToPosition(mapRef.current, place.longitude, place.latitude);
                  }}
                >
                  {name}
                </button>
                <button
                  type="button"
                  className="button button--quiet route-stop__button"
                  data-control="up"
                  data-testid="route-stop-up"
                  aria-label={t.t(m.moveStopUp, { name })}
                  title={t.t(m.moveStopUp, { name })}
                  disabled={busy || index === 0}
                  onClick={() => move(index, index - 1, 'up')}
                >
                  <span aria-hidden="true">{SYMBOLS.moveUp}</span>
                </button>
                <button
                  type="button"
                  className="button button--quiet route-stop__button"
                  data-control="down"
                  data-testid="route-stop-down"
                  aria-label={t.t(m.moveStopDown, { name })}
                  title={t.t(m.moveStopDown, { name })}
                  disabled={busy || index === ids.length - 1}
                  onClick={() => move(index, index + 1, 'down')}
                >
                  <span aria-hidden="true">{SYMBOLS.moveDown}</span>
                </button>
                <button
                  type="button"
                  className="button button--quiet route-stop__button"
                  data-testid="route-stop-remove"
                  aria-label={t.t(m.removeStop, { name })}
                  title={t.t(m.removeStop, { name })}
                  disabled={busy || ids.length <= 2}
                  onClick={() => remove(index)}
                >
                  <span aria-hidden="true">{SYMBOLS.close}</span>
                </button>
              </div>
              <div className="route-stop__details">
                {times && (
                  <span className="route-stop__times" data-testid="route-stop-times">
                    {t.t(m.arrivesLeaves, {
                      arrival: formatClock(t, times.arrival),
                      departure: formatClock(t, times.departure),
                      stays: times.arrival === times.departure ? 'no' : 'yes',
                    })}
                  </span>
                )}
                <label className="route-stop__visit">
                  <span>{t.t(m.visitMinutes)}</span>
                  <input
                    key={stop.visitMinutes}
                    className="input input--inline route-stop__visit-input"
                    type="number"
                    min={0}
                    max={1440}
                    step={5}
                    defaultValue={stop.visitMinutes}
                    aria-label={t.t(m.visitMinutesOf, { name })}
                    data-testid="route-stop-visit"
                    disabled={busy}
                    onBlur={(event) => setVisit(index, event.target.value)}
                    onKeyDown={(event) => {
                      if (event.key === 'Enter') setVisit(index, event.currentTarget.value);
                    }}
                  />
                </label>
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
