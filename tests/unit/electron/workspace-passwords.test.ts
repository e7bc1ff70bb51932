import fs from 'node:fs';
import path from 'node:path';
import type { SafeStorage } from 'electron';
import { describe, expect, it } from 'vitest';
import { safeStoragePasswords } from '../../../electron/main/workspace-passwords.js';
import { tempDir } from '../../helpers/temp-dir.js';

// The desktop keeps a workspace password only when asked, and then only encrypted by the system
// (Electron's safeStorage; a stand-in here that really transforms the bytes), never in clear.

function standIn(available: boolean): SafeStorage {
  const flip = (bytes: Buffer) => Buffer.from(bytes.map((byte) => byte ^ 0x5a));
  return {
    isEncryptionAvailable: () => available,
    encryptString: (text: string) => flip(Buffer.from(`sealed:${text}`)),
    decryptString: (sealed: Buffer) =>
      flip(sealed)
        .toString()
        .replace(/^sealed:/, ''),
  } as unknown as SafeStorage;
}

describe('workspace passwords on the desktop', () => {
  it('remembers a password encrypted when asked, for the session otherwise', () => {
    const dir = tempDir();
    const keeper = safeStoragePasswords(standIn(true), dir);
    keeper.set('host=a dbname=w user=u', 'session only', false);
    expect(fs.existsSync(path.join(dir, 'workspace-passwords.json'))).toBe(false);
    expect(keeper.get('host=a dbname=w user=u')).toBe('session only');
    keeper.set('host=b dbname=w user=u', 'kept secret', true);
    const written = fs.readFileSync(path.join(dir, 'workspace-passwords.json'), 'utf8');
    expect(written).not.toContain('kept secret');
    // A later session (a new keeper) reads it back through the system's decryption.
    expect(safeStoragePasswords(standIn(true), dir).get('host=b dbname=w user=u')).toBe('kept secret');
    expect(safeStoragePasswords(standIn(true), dir).get('host=a dbname=w user=u')).toBeUndefined();
  });

  it('writes nothing where the system cannot encrypt', () => {
    const dir = tempDir();
    const keeper = safeStoragePasswords(standIn(false), dir);
    keeper.set('host=a', 'secret', true);
    expect(keeper.get('host=a')).toBe('secret');
    expect(fs.existsSync(path.join(dir, 'workspace-passwords.json'))).toBe(false);
  });
});
