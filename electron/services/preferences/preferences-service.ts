import fs from 'node:fs';
import path from 'node:path';
import type { Preferences, preferencesApi } from '../../../shared/api/preferences.js';
import { isAppLocale } from '../../../shared/i18n/locales.js';
import type { ServiceOf } from '../core/service-of.js';
import { userDataDir } from '../core/user-data.js';

// The user's preferences, one small JSON file in their data folder, shared by the desktop app and
// serve mode (whose port, and so whose browser storage, changes at every launch). Written to a
// temporary file, then renamed: a crash leaves the old file or the new one, never half of one.

const FILE_NAME = 'preferences.json';

function read(file: string): Preferences {
  try {
    const stored = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<Record<keyof Preferences, unknown>>;
    return { locale: isAppLocale(stored.locale) ? stored.locale : null };
  } catch {
    // No file yet, or one another program broke: the defaults.
    return { locale: null };
  }
}

export type PreferencesService = ServiceOf<typeof preferencesApi>;

export interface PreferencesOptions {
  /** The folder of the preferences file (the user's data folder). */
  dataDir?: () => string;
  /**
   * Hears every change, whoever made it (the page through the API, or the desktop menu): the
   * desktop shell rebuilds its menu in the new language.
   */
  onChange?: (preferences: Preferences) => void;
}

export function createPreferencesService({
  dataDir = userDataDir,
  onChange,
}: PreferencesOptions = {}): PreferencesService {
  const file = () => path.join(dataDir(), FILE_NAME);
  return {
    getPreferences: () => read(file()),
    updatePreferences(changes) {
      const next = { ...read(file()), ...changes };
      fs.mkdirSync(path.dirname(file()), { recursive: true });
      const temporary = `${file()}.${process.pid}.tmp`;
      fs.writeFileSync(temporary, `${JSON.stringify(next, null, 2)}\n`);
      fs.renameSync(temporary, file());
      onChange?.(next);
      return next;
    },
  };
}
