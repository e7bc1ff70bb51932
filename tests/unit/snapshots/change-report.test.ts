import { describe, expect, it } from 'vitest';
import { changeReport, type SnapshotContent } from '../../../shared/analytics/change-report.js';
import {
  changeReportCsv,
  changeReportMarkdown,
  escapeMarkdown,
} from '../../../shared/analytics/change-report-export.js';
import { diversity } from '../../../shared/analytics/diversity.js';
import type { ReportCard } from '../../../shared/analytics/report-card.js';
import type { ChangeReport, SnapshotSummary } from '../../../shared/api/snapshots.js';
import { createTranslator } from '../../../shared/i18n/translator.js';

// The change report between two hand-built snapshots: who is new, who closed, which links came
// and went, and how counts, diversity and interlinkage moved; then as Markdown and CSV.

function card(sectors: Record<string, number>, places: number, actors: number): ReportCard {
  const counts = new Map(Object.entries(sectors));
  const firms = [...counts.values()].reduce((sum, count) => sum + count, 0);
  return {
    places,
    actors,
    sites: places - actors,
    byCategory: [],
    byFamily: [{ family: 'creative-firm', count: firms }],
    creativeFirms: firms,
    bySector: [...counts].map(([sector, count]) => ({ sector: sector as 'design', count, locationQuotient: null })),
    hectares: 4,
    firmsPerHectare: firms / 4,
    diversity: diversity(counts),
    soft: {
      eventsByYear: [],
      events: 0,
      actorsInEvents: 0,
      shareOfActorsInEvents: null,
      knowledgeExchangeLinks: 0,
      knowledgeExchangeLinksPerFirm: null,
    },
  };
}

const share = (pairs: number, linked: number) => ({ pairs, linked, share: pairs ? linked / pairs : null });
const interlinkage = (nearLinked: number) => ({
  withinMetres: 500,
  actors: 3,
  near: { all: share(2, nearLinked), crossSector: share(1, 0) },
  far: { all: share(1, 0), crossSector: share(1, 0) },
  nearToFarRatio: null,
});

const before: SnapshotContent = {
  card: card({ design: 2 }, 3, 2),
  interlinkage: interlinkage(0),
  actors: [
    { placeId: 1, name: 'Atelier Blau', category: 'creative-firm', sector: 'design' },
    { placeId: 2, name: 'Closed Studio', category: 'creative-firm', sector: 'design' },
  ],
  links: [{ fromPlaceId: 1, toPlaceId: 2, type: 'project-partner', fromName: 'Atelier Blau', toName: 'Closed Studio' }],
};
const after: SnapshotContent = {
  card: card({ design: 1, music: 1 }, 3, 2),
  interlinkage: interlinkage(1),
  actors: [
    { placeId: 1, name: 'Atelier Blau', category: 'creative-firm', sector: 'design' },
    { placeId: 3, name: 'New | *Label*', category: 'creative-firm', sector: 'music' },
  ],
  links: [
    { fromPlaceId: 3, toPlaceId: 1, type: 'knowledge-exchange', fromName: 'New | *Label*', toName: 'Atelier Blau' },
  ],
};

describe('changeReport', () => {
  const diff = changeReport(before, after);

  it('names new and closed firms by place id, and links gained and lost', () => {
    expect(diff.newFirms.map((actor) => actor.placeId)).toEqual([3]);
    expect(diff.closedFirms.map((actor) => actor.name)).toEqual(['Closed Studio']);
    expect(diff.linksGained).toEqual([after.links[0]]);
    expect(diff.linksLost).toEqual([before.links[0]]);
    // The same ends with another type is another link.
    const retyped = changeReport(before, { ...before, links: [{ ...before.links[0]!, type: 'supplier-client' }] });
    expect([retyped.linksGained.length, retyped.linksLost.length]).toEqual([1, 1]);
    expect(changeReport(before, before)).toMatchObject({
      newFirms: [],
      closedFirms: [],
      linksGained: [],
      linksLost: [],
    });
  });

  it('sets counts, sectors, diversity and interlinkage side by side', () => {
    expect(diff.counts.find((entry) => entry.key === 'creativeFirms')).toEqual({
      key: 'creativeFirms',
      from: 2,
      to: 2,
      change: 0,
    });
    expect(diff.bySector).toEqual([
      { key: 'design', from: 2, to: 1, change: -1 },
      { key: 'music', from: 0, to: 1, change: 1 },
    ]);
    // One sector, then two equal ones: Shannon 0 → ln 2, Hill q=1 1 → 2.
    expect(diff.diversity.find((entry) => entry.key === 'shannon')?.change).toBeCloseTo(Math.log(2), 12);
    expect(diff.diversity.find((entry) => entry.key === 'hillQ1')).toMatchObject({ from: 1, to: 2 });
    expect(diff.interlinkage.find((entry) => entry.key === 'nearShare')).toEqual({
      key: 'nearShare',
      from: 0,
      to: 0.5,
      change: 0.5,
    });
    expect(diff.interlinkage.find((entry) => entry.key === 'nearToFarRatio')).toMatchObject({ change: null });
    expect(diff.interlinkageDistanceDiffers).toBe(false);
  });

  const summary = (id: number, takenOn: string, label: string): SnapshotSummary => ({
    id,
    scope: { kind: 'area', areaId: 1 },
    scopeName: 'Altstadt',
    takenOn,
    label,
    createdAt: `${takenOn}T10:00:00.000Z`,
    places: 3,
    actors: 2,
    creativeFirms: 2,
    links: 1,
    interlinkageWithinMetres: 500,
  });
  const report: ChangeReport = {
    from: summary(1, '2026-01-15', 'Baseline'),
    to: summary(2, '2026-06-01', ''),
    ...diff,
  };

  it('writes Markdown in the reader’s language, names escaped', () => {
    const markdown = changeReportMarkdown(createTranslator('en'), report);
    expect(markdown).toContain('# Change report: Altstadt');
    expect(markdown).toContain('## New firms (1)\n\n- New \\| \\*Label\\* (Creative SME or freelancer, Music)');
    expect(markdown).toContain('## Closed firms (1)');
    expect(markdown).toMatch(/## Links gained \(1\)\n\n- New .+ – Atelier Blau \(Knowledge exchange/);
    expect(markdown).toContain('| Near pairs linked | 0 | 0.5 | +0.5 |');
    expect(changeReportMarkdown(createTranslator('de'), report)).toContain('## Neue Firmen (1)');
    expect(escapeMarkdown('<img src=x>')).toBe('\\<img src=x\\>');
  });

  it('writes CSV with translated headings and unrounded numbers', () => {
    const lines = changeReportCsv(createTranslator('en'), report).split('\r\n');
    expect(lines[0]).toBe('Section,Measure,Before,After,Change');
    expect(lines).toContain('New firms (1),"New | *Label* (Creative SME or freelancer, Music)",0,1,1');
    expect(lines).toContain(`Diversity of sectors,Shannon entropy,0,${Math.log(2)},${Math.log(2)}`);
  });
});
