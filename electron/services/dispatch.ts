import {
  ApiError,
  contract,
  methodForChannel,
  parseInput,
  type Envelope,
  type MethodName,
} from '../../shared/api/contract.js';
import type { ProjectService } from './project-service.js';

// The single entry below both transports: find the method, validate the payload, run it, and wrap
// the answer in an envelope. Nothing reaches the store unvalidated.

/** SQLite's "database is locked" after busy_timeout: another process holds the write lock. */
function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code === 'SQLITE_BUSY' || code.startsWith('SQLITE_BUSY_'));
}

export type Dispatch = (channel: string, payload: unknown) => Promise<Envelope<unknown>>;

export function createDispatch(
  getService: () => ProjectService,
  log: (error: unknown) => void = console.error,
): Dispatch {
  return async (channel, payload) => {
    try {
      const name: MethodName | undefined = methodForChannel(channel);
      if (!name) throw new ApiError('unknown-method', `Unknown API method "${channel}".`);
      const input = parseInput(name, payload);
      const method = getService()[name] as (input: unknown) => unknown;
      return { ok: true, value: await method(input) };
    } catch (error) {
      if (error instanceof ApiError) return { ok: false, error: error.toData() };
      if (isBusy(error)) {
        return {
          ok: false,
          error: {
            code: 'conflict',
            message: 'Another Itinera window or program is writing to this project; nothing was changed. Try again.',
          },
        };
      }
      log(error);
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, error: { code: 'internal', message: `Itinera could not complete this: ${message}` } };
    }
  };
}

export const ALL_CHANNELS = Object.values(contract).map((method) => method.channel);
