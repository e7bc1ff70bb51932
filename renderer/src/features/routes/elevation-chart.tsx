import { useId, useMemo, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { RouteElevation } from '../../../../shared/api/contract.js';
import { routeMessages as m } from '../../../../shared/i18n/messages/ui/routes.js';
import { useT } from '../../i18n/i18n-context.js';
import { formatLength } from './route-format.js';
import { useRoutes } from './routes-context.js';

// The elevation profile as plain SVG (no chart library): height over distance along the line.
// Hovering it, or moving along it with the arrow keys, marks the spot on the map.

const WIDTH = 320;
const HEIGHT = 132;
const PAD = { left: 40, right: 8, top: 10, bottom: 22 };
const PLOT_WIDTH = WIDTH - PAD.left - PAD.right;
const PLOT_HEIGHT = HEIGHT - PAD.top - PAD.bottom;

interface Scaled {
  points: { x: number; y: number; index: number }[];
  low: number;
  high: number;
  length: number;
}

/** The points with data, scaled into the plot; heights padded so a flat walk is not a jagged line. */
function scale(elevation: RouteElevation): Scaled | null {
  const known = elevation.points
    .map((point, index) => ({ ...point, index }))
    .filter((point): point is typeof point & { elevation: number } => point.elevation !== null);
  if (known.length < 2) return null;
  const length = elevation.points[elevation.points.length - 1]!.distanceMetres || 1;
  let low = Math.min(...known.map((point) => point.elevation));
  let high = Math.max(...known.map((point) => point.elevation));
  const span = Math.max(high - low, 20);
  const middle = (low + high) / 2;
  low = Math.floor((middle - span * 0.55) / 5) * 5;
  high = Math.ceil((middle + span * 0.55) / 5) * 5;
  return {
    low,
    high,
    length,
    points: known.map((point) => ({
      x: PAD.left + (point.distanceMetres / length) * PLOT_WIDTH,
      y: PAD.top + (1 - (point.elevation - low) / (high - low)) * PLOT_HEIGHT,
      index: point.index,
    })),
  };
}

export function ElevationChart({ elevation }: { elevation: RouteElevation }) {
  const t = useT();
  const id = useId();
  const { setHover } = useRoutes();
  const scaled = useMemo(() => scale(elevation), [elevation]);
  /** Index into scaled.points of the marked spot. */
  const [marked, setMarked] = useState<number | null>(null);
  if (!scaled) return null;
  const heights = elevation.points.flatMap((point) => (point.elevation === null ? [] : [point.elevation]));
  const summary = t.t(m.elevationSummary, {
    ascent: Math.round(elevation.ascentMetres),
    descent: Math.round(elevation.descentMetres),
    highest: Math.round(Math.max(...heights)),
    lowest: Math.round(Math.min(...heights)),
  });

  function mark(index: number | null) {
    setMarked(index);
    const point = index === null ? null : elevation.points[scaled!.points[index]!.index];
    setHover(point ? point.position : null);
  }

  function onPointerMove(event: PointerEvent<SVGSVGElement>) {
    const box = event.currentTarget.getBoundingClientRect();
    const x = ((event.clientX - box.left) / box.width) * WIDTH;
    let best = 0;
    scaled!.points.forEach((point, index) => {
      if (Math.abs(point.x - x) < Math.abs(scaled!.points[best]!.x - x)) best = index;
    });
    mark(best);
  }

  function onKeyDown(event: KeyboardEvent<SVGSVGElement>) {
    const last = scaled!.points.length - 1;
    const step = Math.max(1, Math.round(last / 40));
    const from = marked ?? -step;
    const next =
      event.key === 'ArrowRight'
        ? Math.min(last, from + step)
        : event.key === 'ArrowLeft'
          ? Math.max(0, from - step)
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (next === null) return;
    event.preventDefault();
    mark(next);
  }

  const line = scaled.points.map((point) => `${point.x.toFixed(1)},${point.y.toFixed(1)}`).join(' ');
  const first = scaled.points[0]!;
  const lastPoint = scaled.points[scaled.points.length - 1]!;
  const area = `M${first.x},${PAD.top + PLOT_HEIGHT} L${line.replace(/ /g, ' L')} L${lastPoint.x},${PAD.top + PLOT_HEIGHT} Z`;
  const current = marked === null ? null : scaled.points[marked];
  const currentPoint = current ? elevation.points[current.index] : null;
  const bottom = PAD.top + PLOT_HEIGHT;
  return (
    <section className="route-elevation" aria-labelledby={`${id}-title`} data-testid="elevation-chart">
      <h3 className="route-section__title" id={`${id}-title`}>
        {t.t(m.elevationTitle)}
      </h3>
      <svg
        className="route-elevation__chart"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        tabIndex={0}
        aria-label={summary}
        aria-describedby={`${id}-readout`}
        onPointerMove={onPointerMove}
        onPointerLeave={() => mark(null)}
        onBlur={() => mark(null)}
        onKeyDown={onKeyDown}
      >
        <line className="route-elevation__axis" x1={PAD.left} y1={bottom} x2={WIDTH - PAD.right} y2={bottom} />
        <line className="route-elevation__grid" x1={PAD.left} y1={PAD.top} x2={WIDTH - PAD.right} y2={PAD.top} />
        <text className="route-elevation__label" x={PAD.left - 4} y={PAD.top + 4} textAnchor="end">
          {t.t(m.lengthMetres, { metres: scaled.high })}
        </text>
        <text className="route-elevation__label" x={PAD.left - 4} y={bottom} textAnchor="end">
          {t.t(m.lengthMetres, { metres: scaled.low })}
        </text>
        <text className="route-elevation__label" x={PAD.left} y={HEIGHT - 6} textAnchor="start">
          {formatLength(t, 0)}
        </text>
        <text className="route-elevation__label" x={WIDTH - PAD.right} y={HEIGHT - 6} textAnchor="end">
          {formatLength(t, scaled.length)}
        </text>
        <path className="route-elevation__area" d={area} />
        <polyline className="route-elevation__line" points={line} data-testid="elevation-line" />
        {current && (
          <g data-testid="elevation-marker">
            <line className="route-elevation__cursor" x1={current.x} y1={PAD.top} x2={current.x} y2={bottom} />
            <circle className="route-elevation__dot" cx={current.x} cy={current.y} r={3.5} />
          </g>
        )}
      </svg>
      <p className="route-elevation__readout" id={`${id}-readout`} aria-live="polite" data-testid="elevation-readout">
        {currentPoint && currentPoint.elevation !== null
          ? t.t(m.elevationAt, {
              height: Math.round(currentPoint.elevation),
              distance: formatLength(t, currentPoint.distanceMetres),
            })
          : t.t(m.elevationHint)}
      </p>
    </section>
  );
}
