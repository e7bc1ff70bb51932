import Papa from 'papaparse';
import type { Interlinkage, ScopedReportCard } from '../../../../shared/api/analytics.js';

// The report card as a CSV table: one figure per row (section, measure, item, value), with the
// stable machine names an export uses (sectors and kinds by their ids), so a spreadsheet or a
// script reads two snapshots the same way. Numbers are written as numbers, unrounded.

type Value = number | string | null;

export function reportCardCsv(card: ScopedReportCard, interlinkage: Interlinkage | null): string {
  const rows: [string, string, string, Value][] = [];
  const add = (section: string, measure: string, item: string, value: Value) =>
    rows.push([section, measure, item, value]);
  add('places', 'places', '', card.places);
  add('places', 'actors', '', card.actors);
  add('places', 'sites', '', card.sites);
  for (const { family, count } of card.byFamily) add('places', 'kind', family, count);
  for (const { category, count } of card.byCategory) add('places', 'category', category, count);
  add('firms', 'creative_firms', '', card.creativeFirms);
  add('firms', 'hectares', '', card.hectares);
  add('firms', 'firms_per_hectare', '', card.firmsPerHectare);
  for (const { sector, count, locationQuotient } of card.bySector) {
    add('sectors', 'firms', sector, count);
    add('sectors', 'location_quotient', sector, locationQuotient);
  }
  const { diversity } = card;
  add('diversity', 'shannon', '', diversity.shannon);
  add('diversity', 'simpson', '', diversity.simpson);
  add('diversity', 'gini_simpson', '', diversity.giniSimpson);
  add('diversity', 'hill_q0', '', diversity.hill.q0);
  add('diversity', 'hill_q1', '', diversity.hill.q1);
  add('diversity', 'hill_q2', '', diversity.hill.q2);
  add('diversity', 'related_variety', '', diversity.relatedVariety);
  add('diversity', 'unrelated_variety', '', diversity.unrelatedVariety);
  const { soft } = card;
  add('soft_infrastructure', 'events', '', soft.events);
  for (const { year, kind, count } of soft.eventsByYear)
    add('soft_infrastructure', 'events_in_year', `${year} ${kind}`, count);
  add('soft_infrastructure', 'actors_in_events', '', soft.actorsInEvents);
  add('soft_infrastructure', 'share_of_actors_in_events', '', soft.shareOfActorsInEvents);
  add('soft_infrastructure', 'knowledge_exchange_links', '', soft.knowledgeExchangeLinks);
  add('soft_infrastructure', 'knowledge_exchange_links_per_firm', '', soft.knowledgeExchangeLinksPerFirm);
  if (interlinkage) {
    const item = `within ${interlinkage.withinMetres} m`;
    for (const [distance, shares] of [
      ['near', interlinkage.near],
      ['far', interlinkage.far],
    ] as const) {
      for (const [pairs, share] of [
        ['all', shares.all],
        ['cross_sector', shares.crossSector],
      ] as const) {
        add('interlinkage', `${distance}_${pairs}_pairs`, item, share.pairs);
        add('interlinkage', `${distance}_${pairs}_linked`, item, share.linked);
        add('interlinkage', `${distance}_${pairs}_share`, item, share.share);
      }
    }
    add('interlinkage', 'near_to_far_ratio', item, interlinkage.nearToFarRatio);
  }
  return Papa.unparse({ fields: ['section', 'measure', 'item', 'value'], data: rows }, { newline: '\r\n' });
}
