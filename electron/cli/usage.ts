import { LOCALES } from '../../shared/i18n/locales.js';
import { cliMessages } from '../../shared/i18n/messages/cli.js';
import type { Translator } from '../../shared/i18n/translator.js';
import type { CommandUsage } from './cli-command.js';

// The usage summary: each command's synopsis, its description in a column beside it (or below
// it, when the synopsis is longer than the column is far).

const COLUMN = 39;

function row(synopsis: string, summary: string): string {
  const [first = '', ...rest] = summary.split('\n');
  const head = `  ${synopsis}`;
  const lines = head.length < COLUMN ? [`${head.padEnd(COLUMN)}${first}`] : [head, `${' '.repeat(COLUMN)}${first}`];
  return [...lines, ...rest.map((line) => `${' '.repeat(COLUMN)}${line}`)].join('\n');
}

export function usageText(t: Translator, commands: readonly CommandUsage[]): string {
  return [
    t.t(cliMessages.usageHeader),
    ...commands.map((usage) => row(t.t(usage.synopsis), t.t(usage.summary))),
    '',
    t.t(cliMessages.optionsHeader),
    row(t.t(cliMessages.langSynopsis), t.t(cliMessages.langSummary, { languages: LOCALES.join(', ') })),
  ].join('\n');
}
