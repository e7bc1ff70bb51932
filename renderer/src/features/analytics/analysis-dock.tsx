import './analysis.css';
import { useId, useRef, type KeyboardEvent } from 'react';
import { analysisMessages as m } from '../../../../shared/i18n/messages/ui/analysis.js';
import { SYMBOLS } from '../../app/symbols.js';
import { useT } from '../../i18n/i18n-context.js';
import { ANALYSIS_TABS, useAnalysis, type AnalysisTab } from './analysis-context.js';
import { GapFinder } from './gap-finder.js';
import { NetworkView } from './network-view.js';
import { ProposedQuartersTab } from './proposed-quarters-tab.js';
import { ReportCardTab } from './report-card-tab.js';

// The analysis dock beside the map: four tabs (the WAI-ARIA tabs pattern: arrow keys move
// between them, Home and End to the first and last). Only the open tab computes.

const TAB_LABELS = { report: m.tabReport, network: m.tabNetwork, gaps: m.tabGaps, quarters: m.tabQuarters } as const;

export function AnalysisDock() {
  const t = useT();
  const id = useId();
  const { open, tab, show, close } = useAnalysis();
  const tabs = useRef<Partial<Record<AnalysisTab, HTMLButtonElement | null>>>({});
  if (!open) return null;

  const onKeyDown = (event: KeyboardEvent) => {
    const index = ANALYSIS_TABS.indexOf(tab);
    const last = ANALYSIS_TABS.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % ANALYSIS_TABS.length
        : event.key === 'ArrowLeft'
          ? (index + last) % ANALYSIS_TABS.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (next === null) return;
    event.preventDefault();
    show(ANALYSIS_TABS[next]);
    tabs.current[ANALYSIS_TABS[next]!]?.focus();
  };

  return (
    <aside className="analysis" aria-labelledby={`${id}-title`} data-testid="analysis-dock">
      <div className="analysis__header">
        <h2 className="analysis__title" id={`${id}-title`}>
          {t.t(m.dockLabel)}
        </h2>
        <button
          type="button"
          className="button button--small"
          aria-label={t.t(m.close)}
          title={t.t(m.close)}
          data-testid="analysis-close"
          onClick={close}
        >
          <span aria-hidden="true">{SYMBOLS.close}</span>
        </button>
      </div>
      <div className="analysis__tabs" role="tablist" aria-labelledby={`${id}-title`} onKeyDown={onKeyDown}>
        {ANALYSIS_TABS.map((name) => (
          <button
            key={name}
            ref={(element) => {
              tabs.current[name] = element;
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${name}`}
            aria-selected={tab === name}
            aria-controls={`${id}-panel`}
            tabIndex={tab === name ? 0 : -1}
            className="analysis__tab-button"
            data-testid={`analysis-tab-${name}`}
            onClick={() => show(name)}
          >
            {t.t(TAB_LABELS[name])}
          </button>
        ))}
      </div>
      <div className="analysis__panel" role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${tab}`}>
        {tab === 'report' && <ReportCardTab />}
        {tab === 'network' && <NetworkView />}
        {tab === 'gaps' && <GapFinder />}
        {tab === 'quarters' && <ProposedQuartersTab />}
      </div>
    </aside>
  );
}
