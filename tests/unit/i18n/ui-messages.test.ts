import fs from 'node:fs';
import path from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import type { MessageDescriptor } from '../../../shared/i18n/define-messages.js';
import { createTranslator } from '../../../shared/i18n/translator.js';
import { ROOT } from '../../helpers/cli.js';

// The renderer's catalogs (shared/i18n/messages/ui) against the code that formats them: each
// message is valid ICU with a description, is used, and every call gives it exactly the values
// it names (intl-messageformat throws on a missing one; an extra one is a typo). Messages are
// declared in one place and formatted elsewhere (`t.t(m.saved, { name })`, `messageRef(...)`),
// which ESLint's formatjs/enforce-placeholders cannot follow.

const UI_MESSAGES = path.join(ROOT, 'shared/i18n/messages/ui');
const RENDERER = path.join(ROOT, 'renderer/src');

function filesUnder(folder: string, pattern: RegExp): string[] {
  return fs
    .readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && pattern.test(entry.name) && !entry.name.endsWith('.test.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Every catalog of ui/, by module file and export name. */
async function catalogs(): Promise<Map<string, Map<string, Record<string, MessageDescriptor>>>> {
  const result = new Map<string, Map<string, Record<string, MessageDescriptor>>>();
  for (const file of filesUnder(UI_MESSAGES, /\.ts$/)) {
    const module = (await import(file)) as Record<string, Record<string, MessageDescriptor>>;
    result.set(file.replace(/\.ts$/, ''), new Map(Object.entries(module)));
  }
  return result;
}

/** The names a message's values must supply. */
function placeholders(elements: MessageFormatElement[], names = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (
      element.type === TYPE.argument ||
      element.type === TYPE.number ||
      element.type === TYPE.date ||
      element.type === TYPE.time
    )
      names.add(element.value);
    if (element.type === TYPE.select || element.type === TYPE.plural) {
      names.add(element.value);
      for (const option of Object.values(element.options)) placeholders(option.value, names);
    }
    if (element.type === TYPE.tag) placeholders(element.children, names);
  }
  return names;
}

interface Call {
  where: string;
  message: MessageDescriptor;
  /** The value names given, or null when they cannot be known (a spread, a variable). */
  given: Set<string> | null;
}

/** Uses of ui messages in the renderer: `alias.key` references, and the calls that format them. */
function scan(all: Awaited<ReturnType<typeof catalogs>>): { used: Set<string>; calls: Call[] } {
  const used = new Set<string>();
  const calls: Call[] = [];
  for (const file of filesUnder(RENDERER, /\.tsx?$/)) {
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const aliases = new Map<string, Record<string, MessageDescriptor>>();
    for (const statement of source.statements) {
      if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
      const target = path.resolve(path.dirname(file), statement.moduleSpecifier.text).replace(/\.js$/, '');
      const module = all.get(target);
      const bindings = statement.importClause?.namedBindings;
      if (!module || !bindings || !ts.isNamedImports(bindings)) continue;
      for (const element of bindings.elements) {
        const catalog = module.get((element.propertyName ?? element.name).text);
        if (catalog) aliases.set(element.name.text, catalog);
      }
    }
    const messageOf = (node: ts.Node): MessageDescriptor | undefined => {
      if (!ts.isPropertyAccessExpression(node) || !ts.isIdentifier(node.expression)) return undefined;
      return aliases.get(node.expression.text)?.[node.name.text];
    };
    const visit = (node: ts.Node) => {
      const message = messageOf(node);
      if (message) used.add(message.id);
      if (ts.isCallExpression(node) && node.arguments[0]) {
        const callee = node.expression;
        const formats =
          (ts.isPropertyAccessExpression(callee) && callee.name.text === 't') ||
          (ts.isIdentifier(callee) && callee.text === 'messageRef');
        const formatted = formats ? messageOf(node.arguments[0]) : undefined;
        if (formatted) {
          const values = node.arguments[1];
          let given: Set<string> | null = new Set();
          if (values && ts.isObjectLiteralExpression(values)) {
            for (const property of values.properties) {
              if (ts.isSpreadAssignment(property) || !property.name || !ts.isIdentifier(property.name)) given = null;
              else given?.add(property.name.text);
            }
          } else if (values) given = null;
          const { line } = source.getLineAndCharacterOfPosition(node.getStart());
          calls.push({ where: `${path.relative(ROOT, file)}:${line + 1}`, message: formatted, given });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { used, calls };
}

describe('the renderer’s catalogs', async () => {
  const all = await catalogs();
  const messages = [...all.values()].flatMap((module) => [...module.values()].flatMap((c) => Object.values(c)));
  const { used, calls } = scan(all);

  it('declares each message once, with a ui. id, a description and valid ICU', () => {
    expect(messages.length).toBeGreaterThan(300);
    const ids = messages.map((message) => message.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const message of messages) {
      expect(message.id).toMatch(/^ui\.[a-zA-Z]+\.[a-zA-Z]+$/);
      expect(message.description.length, message.id).toBeGreaterThan(10);
      expect(() => parse(message.defaultMessage), message.id).not.toThrow();
    }
  });

  it('uses every message', () => {
    expect(messages.map((message) => message.id).filter((id) => !used.has(id))).toEqual([]);
  });

  it('gives every formatted message exactly the values it names', () => {
    expect(calls.length).toBeGreaterThan(200);
    const problems: string[] = [];
    for (const call of calls) {
      if (!call.given) continue;
      const wanted = placeholders(parse(call.message.defaultMessage));
      const missing = [...wanted].filter((name) => !call.given!.has(name));
      const extra = [...call.given].filter((name) => !wanted.has(name));
      if (missing.length || extra.length)
        problems.push(`${call.where} ${call.message.id}: missing ${missing.join(',')} extra ${extra.join(',')}`);
    }
    expect(problems).toEqual([]);
  });

  it('formats every message in the pseudo-locales (placeholders and plurals survive)', () => {
    for (const locale of ['en-XA', 'ar-XB'] as const) {
      const t = createTranslator(locale);
      for (const message of messages) {
        const values = Object.fromEntries([...placeholders(parse(message.defaultMessage))].map((name) => [name, 2]));
        expect(t.t(message, values), message.id).toMatch(/^\[.*\]$/s);
      }
    }
  });
});
