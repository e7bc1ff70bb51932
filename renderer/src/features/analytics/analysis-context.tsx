import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { ProposedQuarters } from '../../../../shared/api/analytics.js';

// The analysis dock beside the map (issue #15): whether it is open and on which tab, and the
// proposed quarters last computed, which the map draws as dashed drafts until the user saves one
// as an area or closes the dock.

export const ANALYSIS_TABS = ['report', 'network', 'gaps', 'quarters'] as const;
export type AnalysisTab = (typeof ANALYSIS_TABS)[number];

export interface Analysis {
  open: boolean;
  tab: AnalysisTab;
  /** Opens the dock on a tab (or the last one), or closes it. */
  show(tab?: AnalysisTab): void;
  close(): void;
  proposals: ProposedQuarters | null;
  setProposals(proposals: ProposedQuarters | null): void;
  /** The draft quarter the user is looking at (its index), drawn stronger on the map. */
  focusedProposal: number | null;
  setFocusedProposal(index: number | null): void;
}

const AnalysisContext = createContext<Analysis | null>(null);

export function AnalysisProvider({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const [tab, setTab] = useState<AnalysisTab>('report');
  const [proposals, setProposals] = useState<ProposedQuarters | null>(null);
  const [focusedProposal, setFocusedProposal] = useState<number | null>(null);
  const show = useCallback((next?: AnalysisTab) => {
    setOpen(true);
    if (next) setTab(next);
  }, []);
  const close = useCallback(() => {
    setOpen(false);
    setProposals(null);
    setFocusedProposal(null);
  }, []);
  const value = useMemo(
    () => ({ open, tab, show, close, proposals, setProposals, focusedProposal, setFocusedProposal }),
    [open, tab, show, close, proposals, focusedProposal],
  );
  return <AnalysisContext.Provider value={value}>{children}</AnalysisContext.Provider>;
}

export function useAnalysis(): Analysis {
  const analysis = useContext(AnalysisContext);
  if (!analysis) throw new Error('useAnalysis() needs an <AnalysisProvider> above it');
  return analysis;
}

/** The drafts as map features: one polygon per proposed quarter that has a hull. */
export function proposalsToGeoJson(
  proposals: ProposedQuarters | null,
  focused: number | null,
): GeoJSON.FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: (proposals?.quarters ?? []).flatMap((quarter) =>
      quarter.hull
        ? [
            {
              type: 'Feature' as const,
              id: quarter.index,
              geometry: quarter.hull,
              properties: { index: quarter.index, number: quarter.index + 1, focused: quarter.index === focused },
            },
          ]
        : [],
    ),
  };
}
