import { afterAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../shared/api/contract.js';
import type { ApiErrorData } from '../../../shared/api/errors.js';
import { newProject } from '../../helpers/project.js';

// A file the backend refuses is named as it is, and what is wrong with it, and where, comes in the
// caller's language: with the pseudo-locale every word is accented, the file's name is not.

const base64 = (text: string) => Buffer.from(text).toString('base64');

describe('refusals of files, in the caller’s language', () => {
  const { host } = newProject('refusals');
  afterAll(() => host.close());

  async function refusal(channel: string, payload: unknown): Promise<ApiErrorData> {
    const answer = await host.dispatch(channel, payload, 'en-XA');
    if (answer.ok) throw new Error(`${channel} was accepted`);
    return answer.error;
  }

  it('an import: file name, line and reason', async () => {
    const error = await refusal(CHANNELS.stageImport, { fileName: 'sites.csv', contentBase64: base64('a,b\n1,2\n') });
    // Each message is bracketed: the frame, the place in the file and the reason.
    expect(error.message).toMatch(/^\[sites\.csv, \[ļîñé 1 ~*\]: \[ñö çööŕðîñàţé çöļûɱñš.*"a", "b" ~*\]( ~*)?\]$/);
    expect(error.detail).toMatchObject({ id: 'transfer.error.fileRefused', values: { fileName: 'sites.csv' } });
  });

  it('a tile file: file name and reason', async () => {
    const error = await refusal(CHANNELS.stageBasemapFile, { fileName: 'notes.pmtiles', contentBase64: base64('x') });
    expect(error.message).toMatch(/^\[notes\.pmtiles: \[ñöţ àñ ṀƁŢîļéš öŕ ÞṀŢîļéš ƒîļé .*~\]( ~*)?\]$/);
  });
});
