import type { MessageRef } from '../../../shared/i18n/define-messages.js';
import type { PlaceBatch } from '../../store/place-batch.js';
import type { ReadOutcome, StreamReadRequest } from './stream-read.js';
import type { PlanRest } from './write-plan.js';

// What the importing thread and the reading worker of a large streamed import tell each other.

export interface StreamWorkerRequest extends StreamReadRequest {
  /** The project's primary language (its copies in `name:xx` columns are left out). */
  primary: string | null;
  /** Int32 in shared memory: how many plans the writer has written. */
  written: SharedArrayBuffer;
  /** How many plans the reader may be ahead of the writer. */
  inFlight: number;
}

export type StreamWorkerMessage =
  | {
      type: 'plan';
      places: PlaceBatch;
      /** Each place's group (-1 for none), when some place is part of a multi-part feature. */
      groups: Int32Array | null;
      /** The rest of the plan, its areas' and routes' geometries encoded (GeoPackage blobs). */
      rest: PlanRest & { quarters: { geometry: Uint8Array }[]; routes: { geometry: Uint8Array }[] };
    }
  | ({ type: 'end' } & ReadOutcome)
  | { type: 'refused'; fileName: string; where: MessageRef | string | null; reason: MessageRef | string }
  | { type: 'not-utf8' }
  | { type: 'retype'; textColumns: string[] }
  | { type: 'failed'; message: string };
