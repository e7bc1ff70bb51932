import { useMemo } from 'react';
import type { NetworkReport } from '../../../../shared/api/analytics.js';
import { analysisMessages as m } from '../../../../shared/i18n/messages/ui/analysis.js';
import { getCategory } from '../../../../shared/model/typology.js';
import { useLiveQuery } from '../../api/api-context.js';
import { liveQuery } from '../../api/live-store.js';
import { useSelection } from '../../app/map-tools/map-tools-context.js';
import { useWorkspace } from '../../app/project/workspace-context.js';
import { useT } from '../../i18n/i18n-context.js';
import { flyToPosition } from '../../map/camera.js';
import { useMapHandle } from '../../map/map-handle.js';
import { useStyling } from '../styling/styling-context.js';
import { AnalysisStatus } from './analysis-status.js';
import { byCentrality, layoutNetwork, VIEW_HEIGHT, VIEW_WIDTH } from './network-layout.js';

// The network tab: the link network's figures, its drawing (nodes coloured by kind, sized by
// betweenness) and the most central actors. Clicking a node or an actor selects the place on the
// map; a place selected on the map is ringed in the drawing.

const networkQuery = liveQuery('analysis network', ['places', 'links'], (api) => api.linkNetwork({}));
const CENTRAL_SHOWN = 10;

export function NetworkView() {
  const t = useT();
  const state = useLiveQuery(networkQuery);
  const report = state.data;
  return (
    <div className="analysis__tab" data-testid="network-view">
      <AnalysisStatus state={state} />
      {report && <NetworkFigures report={report} />}
      {report && report.summary.edges === 0 && <p className="panel-section__empty">{t.t(m.noLinks)}</p>}
      {report && report.summary.edges > 0 && <NetworkDrawingView report={report} />}
    </div>
  );
}

function NetworkFigures({ report }: { report: NetworkReport }) {
  const t = useT();
  const { summary } = report;
  const percent = (value: number | null) =>
    value === null ? t.t(m.notAvailable) : t.number(value, { style: 'percent', maximumFractionDigits: 1 });
  const rows: [string, string][] = [
    [t.t(m.nodes), t.number(summary.nodes)],
    [t.t(m.edges), t.number(summary.edges)],
    [t.t(m.density), t.number(summary.density, { maximumFractionDigits: 4 })],
    [t.t(m.crossSector), percent(summary.crossSectorShare)],
    [t.t(m.components), t.number(summary.components.length)],
    [t.t(m.isolated), t.number(summary.isolatedActorIds.length)],
    [t.t(m.communities), t.number(summary.communities)],
  ];
  return (
    <dl className="analysis__figures" data-testid="network-figures">
      {rows.map(([name, value]) => (
        <div key={name} className="analysis__figure">
          <dt>{name}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function NetworkDrawingView({ report }: { report: NetworkReport }) {
  const t = useT();
  const { placesById } = useWorkspace();
  const { familyColours } = useStyling();
  const { selectedPlaceId, selectPlace } = useSelection();
  const mapRef = useMapHandle();
  const drawing = useMemo(
    () =>
      layoutNetwork(report, (id) => {
        const place = placesById.get(id);
        return place ? [place.longitude, place.latitude] : undefined;
      }),
    // The layout follows the network; places moving on the map do not redraw it.
    [report],
  );
  const pick = (placeId: number) => {
    selectPlace(placeId);
    const place = placesById.get(placeId);
    if (place && mapRef.current) flyToPosition(mapRef.current, place.longitude, place.latitude);
  };
  const central = [...report.actors]
    .sort(byCentrality)
    .slice(0, CENTRAL_SHOWN)
    .filter((actor) => actor.degree > 0);
  const selected = drawing.nodes.find((node) => node.placeId === selectedPlaceId);
  return (
    <>
      <svg
        className="analysis__graph"
        viewBox={`0 0 ${VIEW_WIDTH} ${VIEW_HEIGHT}`}
        role="img"
        aria-label={t.t(m.graphLabel, { nodes: drawing.nodes.length })}
        data-testid="network-graph"
      >
        <g className="analysis__edges">
          {drawing.edges.map(([a, b, weight]) => (
            <line
              key={`${a}-${b}`}
              x1={drawing.nodes[a]!.x}
              y1={drawing.nodes[a]!.y}
              x2={drawing.nodes[b]!.x}
              y2={drawing.nodes[b]!.y}
              strokeWidth={Math.min(6, 1.5 + 0.5 * weight)}
            />
          ))}
        </g>
        {drawing.nodes.map((node) => (
          <circle
            key={node.placeId}
            className="analysis__node"
            cx={node.x}
            cy={node.y}
            r={node.radius}
            fill={familyColours[getCategory(node.category).family]}
            data-testid="network-node"
            data-place-id={node.placeId}
            onClick={() => pick(node.placeId)}
          >
            <title>{node.name}</title>
          </circle>
        ))}
        {selected && (
          <circle
            className="analysis__node-ring"
            cx={selected.x}
            cy={selected.y}
            r={selected.radius + 6}
            data-testid="network-selected"
          />
        )}
      </svg>
      <p className="analysis__note">
        {drawing.nodes.length < drawing.total
          ? t.t(m.graphPartial, { shown: drawing.nodes.length, total: drawing.total })
          : t.t(m.graphLinkedOnly)}
      </p>
      <h4 className="analysis__subtitle">{t.t(m.central)}</h4>
      <ol className="analysis__list" data-testid="network-central">
        {central.map((actor) => (
          <li key={actor.placeId}>
            <button
              type="button"
              className="analysis__pick"
              aria-current={actor.placeId === selectedPlaceId ? 'true' : undefined}
              data-testid="network-actor"
              data-place-id={actor.placeId}
              onClick={() => pick(actor.placeId)}
            >
              <span className="analysis__pick-name">{actor.name}</span>
              <span className="analysis__pick-details">
                {t.t(m.centralRow, {
                  betweenness: t.number(actor.betweenness, { maximumFractionDigits: 3 }),
                  degree: actor.degree,
                })}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </>
  );
}
