import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../../../shared/i18n/catalogs.js';
import { LOCALES } from '../../../shared/i18n/locales.js';
import { pseudoLocalize } from '../../../shared/i18n/pseudo-locale.js';
import { literalText, translationProblems } from '../../helpers/catalog-check.js';
import { ROOT } from '../../helpers/cli.js';
import { tempDir } from '../../helpers/temp-dir.js';

// The catalogs are complete and real: English is exactly what the sources declare (formatjs
// extract --throws: every message static, with an id, text and description), and each other
// language translates every message, with the same values, plurals and selects, and no English
// left (a message the same in both languages is listed, with why, in locales/identical/<locale>.json).

const LOCALE_DIR = path.join(ROOT, 'shared', 'i18n', 'locales');
const english = JSON.parse(fs.readFileSync(path.join(LOCALE_DIR, 'en.json'), 'utf8')) as Record<
  string,
  { defaultMessage: string; description: string }
>;
/** Messages a language writes exactly as English, each with why (locales/identical/<locale>.json). */
const identical = (locale: string) =>
  JSON.parse(fs.readFileSync(path.join(LOCALE_DIR, 'identical', `${locale}.json`), 'utf8')) as Record<string, string>;

describe('message catalogs', () => {
  it('hold in en.json exactly what the sources declare, each with a description (formatjs extract --throws)', () => {
    const out = path.join(tempDir('itinera-extract-'), 'en.json');
    execFileSync(
      path.join(ROOT, 'node_modules', '.bin', 'formatjs'),
      [
        'extract',
        'shared/**/*.ts',
        'electron/**/*.ts',
        'renderer/src/**/*.{ts,tsx}',
        '--ignore',
        '**/*.test.ts',
        '--ignore',
        '**/*.d.ts',
        '--out-file',
        out,
        '--throws',
        '--preserve-whitespace',
      ],
      { cwd: ROOT, stdio: 'pipe' },
    );
    const extracted = JSON.parse(fs.readFileSync(out, 'utf8')) as typeof english;
    expect(Object.keys(english).sort()).toEqual(Object.keys(extracted).sort());
    for (const [id, message] of Object.entries(extracted)) {
      expect(english[id], id).toEqual(message);
      expect(message.description?.trim().length ?? 0, `${id} has no description`).toBeGreaterThan(10);
    }
  });

  it.each(LOCALES.filter((locale) => locale !== 'en'))(
    '%s: translates every message, none left in English',
    (locale) => {
      const catalog = CATALOGS[locale as Exclude<(typeof LOCALES)[number], 'en'>] as Record<string, string>;
      const same = identical(locale);
      const problems: string[] = [];
      for (const [id, { defaultMessage }] of Object.entries(english)) {
        const translated = catalog[id];
        if (translated === undefined) {
          problems.push(`${id}: missing`);
          continue;
        }
        if (translated === defaultMessage) {
          if (!same[id]) problems.push(`${id}: left in English ("${defaultMessage}")`);
          continue;
        }
        if (same[id]) problems.push(`${id}: listed as identical to English, but is translated`);
        for (const problem of translationProblems(defaultMessage, translated)) problems.push(`${id}: ${problem}`);
      }
      for (const id of Object.keys(catalog)) if (!english[id]) problems.push(`${id}: no such message`);
      for (const id of Object.keys(same))
        if (!english[id]) problems.push(`${id}: in identical/${locale}.json but no such message`);
      expect(problems).toEqual([]);
    },
  );

  it('makes every message into the pseudo-locale (accented and 40% longer)', () => {
    for (const [id, { defaultMessage }] of Object.entries(english)) {
      const pseudo = pseudoLocalize(defaultMessage);
      expect(literalText(pseudo).length, id).toBeGreaterThanOrEqual(literalText(defaultMessage).length * 1.3);
      expect(
        translationProblems(defaultMessage, pseudo).filter((problem) => !problem.includes('English word')),
        id,
      ).toEqual([]);
    }
  });
});
