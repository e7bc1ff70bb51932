import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../../../electron/main/menu.js';
import { LOCALE_NAMES, LOCALES } from '../../../shared/i18n/locales.js';
import { createTranslator } from '../../../shared/i18n/translator.js';

// The menu speaks the app's language (every label from the catalog: the pseudo-locale accents
// them all) and offers the languages by their own names, the chosen one checked.

type Item = MenuItemConstructorOptions;

const actions = {
  newProject: vi.fn(),
  openProject: vi.fn(),
  openSample: vi.fn(),
  openRecent: vi.fn(),
  saveCopy: vi.fn(),
  closeProject: vi.fn(),
  importFile: vi.fn(),
  exportData: vi.fn(),
  undo: vi.fn(),
  redo: vi.fn(),
};

function labels(items: readonly Item[]): string[] {
  return items.flatMap((item) => [
    ...(item.label !== undefined ? [item.label] : []),
    ...(Array.isArray(item.submenu) ? labels(item.submenu) : []),
  ]);
}

describe('the application menu', () => {
  it('labels every item in the app’s language, each language by its own name', () => {
    for (const platform of ['linux', 'darwin'] as const) {
      const template = buildMenuTemplate({
        actions,
        isPackaged: false,
        platform,
        translator: createTranslator('en-XA'),
        language: { chosen: null, choose: vi.fn() },
      });
      const names: string[] = Object.values(LOCALE_NAMES);
      const translated = labels(template).filter((label) => !names.includes(label));
      expect(translated.length).toBeGreaterThan(20);
      for (const label of translated) expect(label).toMatch(/^\[.*[àçéîöûŕšţ].*\]$/);
      // Items with a role (Cut, Reload…) carry our label too, not Electron's English one.
      const withRoles = (items: readonly Item[]): Item[] =>
        items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? withRoles(item.submenu) : [])]);
      for (const item of withRoles(template).filter((entry) => entry.role && !/Menu$/.test(entry.role)))
        expect(item.label, item.role).toBeDefined();
    }
  });

  it('offers the system language and the seven languages as radio items, and chooses one', () => {
    const choose = vi.fn();
    const template = buildMenuTemplate({
      actions,
      isPackaged: true,
      platform: 'linux',
      language: { chosen: 'de', choose },
    });
    const view = template.find((item) => item.label === '&View')!.submenu as Item[];
    const language = view.find((item) => item.label === '&Language')!.submenu as Item[];
    const radios = language.filter((item) => item.type === 'radio');
    expect(radios.map((item) => item.label)).toEqual([
      'System language',
      ...LOCALES.map((locale) => LOCALE_NAMES[locale]),
    ]);
    expect(radios.filter((item) => item.checked).map((item) => item.label)).toEqual(['Deutsch']);
    radios.find((item) => item.label === 'Nederlands')!.click!(undefined as never, undefined, undefined as never);
    radios[0]!.click!(undefined as never, undefined, undefined as never);
    expect(choose.mock.calls).toEqual([['nl'], [null]]);
  });
});
