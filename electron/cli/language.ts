import { isLocale, LOCALES, localeFromEnvironment, matchLocale } from '../../shared/i18n/locales.js';
import { cliMessages } from '../../shared/i18n/messages/cli.js';
import { createTranslator, type Translator } from '../../shared/i18n/translator.js';
import { UsageError } from './cli-command.js';

// The language of the command's output: `--lang xx` (accepted by every command, anywhere on the
// line), else what the environment asks for (LC_ALL, LC_MESSAGES, LANGUAGE, LANG).

/** The translator the environment asks for (numbers in its region's style: de_AT, en_GB). */
export function environmentTranslator(environment: Record<string, string | undefined>): Translator {
  const wish = [environment.LC_ALL, environment.LC_MESSAGES, environment.LANG].find(
    (value) => value && value !== 'C' && value !== 'POSIX',
  );
  return createTranslator(localeFromEnvironment(environment), wish);
}

/** Takes `--lang xx` / `--lang=xx` out of the arguments; the translator it asks for, if any. */
export function takeLanguage(argv: readonly string[]): { translator: Translator | null; rest: string[] } {
  const rest: string[] = [];
  let wish: string | undefined;
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index]!;
    if (argument === '--') {
      rest.push(...argv.slice(index));
      break;
    }
    if (argument === '--lang' || argument.startsWith('--lang=')) {
      wish = argument === '--lang' ? argv[++index] : argument.slice('--lang='.length);
      if (!wish) throw new UsageError(cliMessages.optionNeedsValue, { option: '--lang' });
      continue;
    }
    rest.push(argument);
  }
  if (wish === undefined) return { translator: null, rest };
  const locale = matchLocale(wish);
  // matchLocale answers English for a wish it cannot meet: tell the user instead.
  if (locale === 'en' && !/^en(?:[-_]|$)/i.test(wish) && !isLocale(wish))
    throw new UsageError(cliMessages.unknownLanguage, { language: wish, languages: LOCALES.join(', ') });
  return { translator: createTranslator(locale, wish), rest };
}
