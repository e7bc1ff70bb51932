import type { Interlinkage } from '../../shared/api/analytics.js';
import { cliMetricsMessages } from '../../shared/i18n/messages/cli-metrics.js';
import { cliNetworkMessages } from '../../shared/i18n/messages/cli-network.js';
import type { Translator } from '../../shared/i18n/translator.js';

// How the analytics commands (metrics, network, gaps, propose-quarters) write their figures.

/** A figure with up to `digits` decimals in the reader's language, or "n/a" when there is none. */
export function figure(t: Translator, value: number | null, digits = 3): string {
  return value === null ? t.t(cliMetricsMessages.notApplicable) : t.number(value, { maximumFractionDigits: digits });
}

/** A share as a percentage with one decimal, or "n/a". */
export function percent(t: Translator, share: number | null): string {
  return share === null ? figure(t, null) : t.number(share, { style: 'percent', maximumFractionDigits: 1 });
}

/** The interlinkage test as one line (`itinera network`, `itinera metrics`). */
export function interlinkageText(t: Translator, result: Interlinkage): string {
  return t.t(cliNetworkMessages.interlinkage, {
    metres: t.number(result.withinMetres),
    nearShare: percent(t, result.near.all.share),
    nearPairs: result.near.all.pairs,
    nearCrossShare: percent(t, result.near.crossSector.share),
    nearCrossPairs: result.near.crossSector.pairs,
    farShare: percent(t, result.far.all.share),
    farPairs: result.far.all.pairs,
    farCrossShare: percent(t, result.far.crossSector.share),
  });
}
