import { useId, useState } from 'react';
import type { ProposedQuarter } from '../../../../shared/api/analytics.js';
import { analysisMessages as m } from '../../../../shared/i18n/messages/ui/analysis.js';
import { useApi } from '../../api/api-context.js';
import { useSelection } from '../../app/map-tools/map-tools-context.js';
import { useNotices } from '../../app/notices.js';
import { useT } from '../../i18n/i18n-context.js';
import { errorNotice } from '../../i18n/notice.js';
import { fitRing } from '../../map/camera.js';
import { useMapHandle } from '../../map/map-handle.js';
import { useAnalysis } from './analysis-context.js';

// The proposed quarters tab: DBSCAN (in metres) over creative firms and spaces, its parameters in
// view; each cluster a dashed draft on the map. "Save as area" makes it an area of the project,
// named and described after how it was found, and opens it for review (rename, reshape, delete).

const DEFAULT_EPS = 150;
const DEFAULT_MIN = 5;

export function ProposedQuartersTab() {
  const t = useT();
  const id = useId();
  const api = useApi();
  const mapRef = useMapHandle();
  const { selectArea } = useSelection();
  const { setError } = useNotices();
  const { proposals, setProposals, focusedProposal, setFocusedProposal } = useAnalysis();
  const [eps, setEps] = useState(proposals?.epsMetres ?? DEFAULT_EPS);
  const [minPoints, setMinPoints] = useState(proposals?.minPoints ?? DEFAULT_MIN);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<ReadonlySet<number>>(new Set());

  const propose = async () => {
    setBusy(true);
    try {
      setProposals(await api.proposeQuarters({ epsMetres: eps, minPoints }));
      setSaved(new Set());
      setFocusedProposal(null);
      setError(null);
    } catch (error) {
      setError(errorNotice(error));
    } finally {
      setBusy(false);
    }
  };

  const show = (quarter: ProposedQuarter) => {
    setFocusedProposal(quarter.index);
    if (quarter.hull && mapRef.current) fitRing(mapRef.current, quarter.hull.coordinates[0]!);
  };

  const save = async (quarter: ProposedQuarter) => {
    if (!quarter.hull || !proposals) return;
    setBusy(true);
    try {
      const area = await api.createQuarter({
        name: t.t(m.proposalName, { number: quarter.index + 1 }),
        geometry: quarter.hull,
        description: t.t(m.savedDescription, {
          date: t.date(new Date()),
          minPoints: proposals.minPoints,
          eps: proposals.epsMetres,
          places: quarter.placeIds.length,
        }),
      });
      setSaved((previous) => new Set([...previous, quarter.index]));
      setError(null);
      selectArea(area.id);
    } catch (error) {
      setError(errorNotice(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="analysis__tab" data-testid="proposed-quarters">
      <form
        className="analysis__controls"
        onSubmit={(event) => {
          event.preventDefault();
          void propose();
        }}
      >
        <label htmlFor={`${id}-eps`}>{t.t(m.eps)}</label>
        <input
          id={`${id}-eps`}
          type="number"
          min={10}
          max={5000}
          step={10}
          required
          value={eps}
          data-testid="proposal-eps"
          onChange={(event) => setEps(event.currentTarget.valueAsNumber)}
        />
        <label htmlFor={`${id}-min`}>{t.t(m.minPoints)}</label>
        <input
          id={`${id}-min`}
          type="number"
          min={2}
          max={1000}
          step={1}
          required
          value={minPoints}
          data-testid="proposal-min"
          onChange={(event) => setMinPoints(event.currentTarget.valueAsNumber)}
        />
        <button type="submit" className="button button--small" disabled={busy} data-testid="propose">
          {t.t(m.propose)}
        </button>
      </form>
      {proposals && (
        <>
          <p className="analysis__note">
            {t.t(m.proposalsIntro, { minPoints: proposals.minPoints, eps: proposals.epsMetres })}
          </p>
          <p className="analysis__note" data-testid="proposals-summary" role="status">
            {t.t(m.proposalsCount, {
              quarters: proposals.quarters.length,
              points: proposals.points,
              noise: proposals.noise,
            })}
          </p>
          <ol className="analysis__list">
            {proposals.quarters.map((quarter) => (
              <li
                key={quarter.index}
                className="analysis__proposal"
                aria-current={quarter.index === focusedProposal ? 'true' : undefined}
                data-testid="proposal"
              >
                <span className="analysis__pick-name">{t.t(m.proposalName, { number: quarter.index + 1 })}</span>
                <span className="analysis__pick-details">
                  {t.t(m.proposalDetails, {
                    firms: quarter.creativeFirms,
                    spaces: quarter.creativeSpaces,
                    hectares:
                      quarter.hectares === null ? '–' : t.number(quarter.hectares, { maximumFractionDigits: 1 }),
                  })}
                </span>
                {quarter.hull ? (
                  <span className="analysis__actions">
                    <button type="button" className="button button--small" onClick={() => show(quarter)}>
                      {t.t(m.showOnMap)}
                    </button>
                    {saved.has(quarter.index) ? (
                      <span className="analysis__saved">{t.t(m.saved)}</span>
                    ) : (
                      <button
                        type="button"
                        className="button button--small"
                        disabled={busy}
                        data-testid="proposal-save"
                        onClick={() => void save(quarter)}
                      >
                        {t.t(m.saveAsArea)}
                      </button>
                    )}
                  </span>
                ) : (
                  <span className="analysis__pick-details">{t.t(m.proposalNoHull)}</span>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
