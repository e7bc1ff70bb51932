import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../../electron/serve/http-server.js';
import { CHANNELS } from '../../../shared/api/contract.js';
import { tempDir } from '../../helpers/temp-dir.js';

// Serve mode's own refusals (a wrong token, a wrong method) are messages in the caller's language,
// like the API's errors: the pseudo-locale accents them.

describe('serve mode’s refusals, in the caller’s language', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ dispatch: () => Promise.reject(new Error('not reached')), staticDir: tempDir() });
  });
  afterAll(() => server.close());

  it('writes a refused token and a wrong method in the language of X-Itinera-Locale', async () => {
    const call = (method: string, token: string) =>
      fetch(`http://127.0.0.1:${server.port}/api/${CHANNELS.getProject}`, {
        method,
        headers: { 'content-type': 'application/json', 'x-itinera-token': token, 'x-itinera-locale': 'en-XA' },
        body: method === 'POST' ? '{}' : undefined,
      });
    const refused = await call('POST', 'wrong');
    expect(refused.status).toBe(401);
    const body = (await refused.json()) as { ok: boolean; error: { code: string; message: string } };
    expect(body).toMatchObject({ ok: false, error: { code: 'invalid-input', detail: { id: 'serve.error.badToken' } } });
    expect(body.error.message).toMatch(/^\[Ṁîššîñĝ öŕ ŵŕöñĝ ţöķéñ.*\]$/);
    const english = await fetch(`http://127.0.0.1:${server.port}/api/${CHANNELS.getProject}`, { method: 'PUT' });
    expect(((await english.json()) as { error: { message: string } }).error.message).toBe('API calls use POST.');
  });
});
