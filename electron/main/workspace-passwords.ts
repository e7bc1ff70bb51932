import fs from 'node:fs';
import path from 'node:path';
import type { SafeStorage } from 'electron';
import type { WorkspacePasswords } from '../services/workspace/workspace-service.js';

// The desktop's keeper of workspace passwords: those the user asked to remember are encrypted by
// the system (Electron's safeStorage: the keychain on macOS, DPAPI on Windows, the secret service
// on Linux) and kept in the user's data folder, never in a project; the others live for the
// session. Where the system offers no encryption, nothing is written: remembering lasts the session.

export function safeStoragePasswords(safeStorage: SafeStorage, userDataDir: string): WorkspacePasswords {
  const file = path.join(userDataDir, 'workspace-passwords.json');
  const session = new Map<string, string>();
  const read = (): Record<string, string> => {
    try {
      const kept = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
      return kept && typeof kept === 'object' ? (kept as Record<string, string>) : {};
    } catch {
      return {};
    }
  };
  return {
    get(address) {
      const known = session.get(address);
      if (known !== undefined) return known;
      const sealed = read()[address];
      if (!sealed || !safeStorage.isEncryptionAvailable()) return undefined;
      try {
        return safeStorage.decryptString(Buffer.from(sealed, 'base64'));
      } catch {
        return undefined;
      }
    },
    set(address, password, remember) {
      session.set(address, password);
      if (!remember || !safeStorage.isEncryptionAvailable()) return;
      const kept = read();
      kept[address] = safeStorage.encryptString(password).toString('base64');
      fs.mkdirSync(userDataDir, { recursive: true });
      fs.writeFileSync(file, JSON.stringify(kept, null, 2), { mode: 0o600 });
    },
  };
}
