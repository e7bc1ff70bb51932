import { cliMetricsMessages } from '../../shared/i18n/messages/cli-metrics.js';
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
