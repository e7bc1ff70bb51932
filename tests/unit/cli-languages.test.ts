import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES, loadCommand } from '../../electron/cli/main.js';
import { cliInfoMessages } from '../../shared/i18n/messages/cli-info.js';
import { createTranslator } from '../../shared/i18n/translator.js';
import { itinera } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';

// The command speaks the user's language: --lang (any command, anywhere on the line), else the
// environment's (LC_ALL, LC_MESSAGES, LANGUAGE, LANG). The pseudo-locale en-XA shows that every
// text goes through the translator: each one comes out accented and in brackets.

/** A line of pseudo-localised text: brackets around accented letters. */
const PSEUDO = /\[.*[àçéîöûŕšţ].*\]/;

describe('the itinera command in other languages', () => {
  const dir = tempDir();
  const sample = path.join(dir, 'sample.gpkg');

  it('writes every line of `itinera info` through the translator (--lang en-XA)', () => {
    expect(itinera(['sample', sample]).status).toBe(0);
    const info = itinera(['info', sample, '--lang', 'en-XA']);
    expect(info.status).toBe(0);
    const lines = info.stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(8);
    for (const line of lines) expect(line).toMatch(PSEUDO);
    expect(info.stdout).not.toMatch(/Layers:|places \(points\)|Extent/);
  });

  it('follows LANG when no --lang is given (German numbers: decimal comma)', () => {
    const info = itinera(['info', sample], { LC_ALL: '', LC_MESSAGES: '', LANGUAGE: '', LANG: 'de_DE.UTF-8' });
    expect(info.status).toBe(0);
    expect(info.stdout).toMatch(/15,597798/);
    // --lang wins over the environment, before or after the command.
    const english = itinera(['--lang=en', 'info', sample], { LC_ALL: '', LANG: 'de_DE.UTF-8' });
    expect(english.stdout).toMatch(/15\.597798/);
  });

  it("reads each language's catalog from the built app (dist/i18n), as the translator has it", () => {
    // The built command reads only the catalog asked for (catalog-files.ts), not the bundled six.
    for (const locale of ['de', 'fr', 'it', 'es', 'pt', 'nl'] as const) {
      const info = itinera(['info', sample, '--lang', locale]);
      expect(info.status).toBe(0);
      const layers = createTranslator(locale).t(cliInfoMessages.layers);
      expect(layers).not.toBe(cliInfoMessages.layers.defaultMessage);
      expect(info.stdout).toContain(layers);
    }
  });

  it('writes errors and the usage summary in the chosen language, and refuses a language it lacks', () => {
    const missing = itinera(['info', path.join(dir, 'missing.gpkg'), '--lang', 'en-XA']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/^itinera: \[.*ðöéš ñöţ éẋîšţ.*\]\n$/);
    const usage = itinera(['nearby', sample, '--lang', 'en-XA']);
    expect(usage.status).toBe(2);
    // Messages of several lines are bracketed as a whole: each line is accented.
    const usageLines = usage.stderr.split('\n').filter((text) => text.trim() !== '');
    for (const line of usageLines) expect(line).toMatch(/[^ -~]/);
    const unknown = itinera(['info', sample, '--lang', 'xx']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/--lang: Itinera does not speak "xx"; choose one of en, de, fr, it, es, pt, nl\./);
  });

  it('has one module per command, named as it is called', async () => {
    expect(COMMAND_NAMES).toEqual([
      'new',
      'sample',
      'info',
      'nearby',
      'pairs',
      'metrics',
      'network',
      'gaps',
      'propose-quarters',
      'snapshot',
      'change-report',
      'import',
      'reindex',
      'import-osm',
      'add-basemap',
      'export',
      'route',
      'elevation',
      'guide',
      'print-map',
      'workspace',
      'serve',
      'help',
    ]);
    for (const name of COMMAND_NAMES) {
      const command = await loadCommand(name)!;
      expect(command.name).toBe(name);
      expect(command.usage.synopsis.defaultMessage.startsWith(name)).toBe(true);
    }
    expect(loadCommand('toString')).toBeNull();
  });
});
