import { useCallback, useEffect, useRef, useState } from 'react';
import type { Api, JobStatus, OsmImportReview } from '../../../../shared/api/contract.js';
import { messageRef } from '../../../../shared/i18n/define-messages.js';
import { commonMessages } from '../../../../shared/i18n/messages/ui/common.js';
import { osmMessages as m } from '../../../../shared/i18n/messages/ui/osm.js';
import { errorNotice, type Notice } from '../../i18n/notice.js';
import { bytesToBase64Async } from '../../util/base64.js';
import { MAX_IMPORT_FILE_BYTES } from '../transfer/use-import.js';

// Importing an OpenStreetMap extract: choose how to clip it, upload it (as the file import does),
// start the import job, poll its progress until it ends; Cancel stops the job (the backend rolls
// it back, the project stays as it was). When the import finds places the project already has
// (or places to remove), the job waits in phase "review": the dialog lists them, the user accepts
// all or unticks some, and confirming lets the job write. The backend runs the job in a worker thread, so the app
// stays responsive; polling is a plain API call, the same over IPC and HTTP.

export type OsmClip = { kind: 'all' } | { kind: 'quarter'; quarterId: number } | { kind: 'box'; text: string };

export type OsmImportState =
  | { step: 'closed' }
  | { step: 'options'; file: File; clip: OsmClip; error: Notice | null }
  | { step: 'uploading'; fileName: string }
  | { step: 'running'; fileName: string; status: JobStatus; cancelling: boolean }
  | {
      step: 'review';
      fileName: string;
      jobId: string;
      review: OsmImportReview;
      /** The matches and removals the user unticked, by OSM object ("way/123"). */
      declined: ReadonlySet<string>;
      confirming: boolean;
      error: Notice | null;
    }
  | { step: 'failed'; fileName: string; message: Notice };

export interface OsmImportSummary {
  fileName: string;
  added: number;
  updated: number;
  /** Places the project had that the import linked instead of copying. */
  matched: number;
  removed: number;
  edges: number;
}

export interface OsmImportController {
  state: OsmImportState;
  open(file: File): void;
  setClip(clip: OsmClip): void;
  start(): void;
  /** In review: ticks (accept) or unticks (decline) these matches or removals. */
  setAccepted(keys: readonly string[], accepted: boolean): void;
  /** In review: lets the import write, without what was unticked. */
  confirm(): void;
  cancel(): void;
}

const POLL_MILLISECONDS = 250;

/** "W,S,E,N" as four numbers, or null. */
export function parseBoxText(text: string): [number, number, number, number] | null {
  const parts = text.split(',').map((part) => Number(part.trim()));
  if (parts.length !== 4 || !parts.every(Number.isFinite)) return null;
  const [west, south, east, north] = parts as [number, number, number, number];
  if (west < -180 || east > 180 || south < -90 || north > 90 || west >= east || south >= north) return null;
  return [west, south, east, north];
}

export function useOsmImport(
  api: Api,
  onEnded: (outcome: { kind: 'done'; summary: OsmImportSummary } | { kind: 'cancelled'; fileName: string }) => void,
): OsmImportController {
  const [state, setStateValue] = useState<OsmImportState>({ step: 'closed' });
  const stateRef = useRef(state);
  const session = useRef(0);
  const onEndedRef = useRef(onEnded);
  onEndedRef.current = onEnded;

  const setState = useCallback((next: OsmImportState) => {
    stateRef.current = next;
    setStateValue(next);
  }, []);

  // A closed app window stops polling (a running job ends on its own; one waiting for its review is cancelled).
  useEffect(
    () => () => {
      session.current++;
      const current = stateRef.current;
      if (current.step === 'review') void api.cancelJob({ jobId: current.jobId }).catch(() => undefined);
    },
    [api],
  );

  const open = useCallback(
    (file: File) => {
      session.current++;
      if (file.size > MAX_IMPORT_FILE_BYTES) {
        const megabytes = Math.ceil(file.size / (1024 * 1024));
        setState({
          step: 'failed',
          fileName: file.name,
          message: messageRef(m.tooLarge, {
            fileName: file.name,
            megabytes,
            limit: MAX_IMPORT_FILE_BYTES / (1024 * 1024),
          }),
        });
        return;
      }
      setState({ step: 'options', file, clip: { kind: 'all' }, error: null });
    },
    [setState],
  );

  const setClip = useCallback(
    (clip: OsmClip) => {
      const current = stateRef.current;
      if (current.step === 'options') setState({ ...current, clip, error: null });
    },
    [setState],
  );

  const poll = useCallback(
    async (owner: number, fileName: string, jobId: string) => {
      for (;;) {
        await new Promise((resolve) => setTimeout(resolve, POLL_MILLISECONDS));
        if (owner !== session.current) return;
        let status: JobStatus;
        try {
          status = await api.getJob({ jobId });
        } catch (error) {
          if (owner === session.current) setState({ step: 'failed', fileName, message: errorNotice(error) });
          return;
        }
        if (owner !== session.current) return;
        if (status.state === 'running') {
          const current = stateRef.current;
          const cancelling = current.step === 'running' && current.cancelling;
          if (status.phase === 'review' && status.review && !cancelling) {
            // Polling stops until the user answers (confirm() polls again).
            setState({
              step: 'review',
              fileName,
              jobId,
              review: status.review,
              declined: new Set(),
              confirming: false,
              error: null,
            });
            return;
          }
          setState({ step: 'running', fileName, status, cancelling });
          continue;
        }
        if (status.state === 'failed') {
          setState({
            step: 'failed',
            fileName,
            message: status.error?.message ?? messageRef(commonMessages.unknownError),
          });
          return;
        }
        setState({ step: 'closed' });
        if (status.state === 'cancelled') onEndedRef.current({ kind: 'cancelled', fileName });
        else {
          const result = status.result as {
            added: number;
            updated: number;
            linked: number;
            removed: unknown[];
            network: { edges: number };
          };
          onEndedRef.current({
            kind: 'done',
            summary: {
              fileName,
              added: result.added,
              updated: result.updated,
              matched: result.linked,
              removed: result.removed.length,
              edges: result.network.edges,
            },
          });
        }
        return;
      }
    },
    [api, setState],
  );

  const start = useCallback(() => {
    const current = stateRef.current;
    if (current.step !== 'options') return;
    const { file, clip } = current;
    let box: [number, number, number, number] | undefined;
    if (clip.kind === 'box') {
      const parsed = parseBoxText(clip.text);
      if (!parsed) {
        setState({ ...current, error: messageRef(m.badBox) });
        return;
      }
      box = parsed;
    }
    const owner = ++session.current;
    const fileName = file.name;
    setState({ step: 'uploading', fileName });
    void (async () => {
      try {
        const contentBase64 = await bytesToBase64Async(new Uint8Array(await file.arrayBuffer()));
        if (owner !== session.current) return;
        const staged = await api.stageOsmExtract({ fileName, contentBase64 });
        if (owner !== session.current) return;
        const status = await api.startOsmImport({
          extractId: staged.extractId,
          review: true,
          ...(box ? { box } : {}),
          ...(clip.kind === 'quarter' ? { quarterId: clip.quarterId } : {}),
        });
        if (owner !== session.current) {
          // Closed while starting: stop the job that nobody watches.
          void api.cancelJob({ jobId: status.jobId }).catch(() => undefined);
          return;
        }
        setState({ step: 'running', fileName, status, cancelling: false });
        await poll(owner, fileName, status.jobId);
      } catch (error) {
        if (owner === session.current) setState({ step: 'failed', fileName, message: errorNotice(error) });
      }
    })();
  }, [api, poll, setState]);

  const setAccepted = useCallback(
    (keys: readonly string[], accepted: boolean) => {
      const current = stateRef.current;
      if (current.step !== 'review' || current.confirming) return;
      const declined = new Set(current.declined);
      for (const key of keys) {
        if (accepted) declined.delete(key);
        else declined.add(key);
      }
      setState({ ...current, declined });
    },
    [setState],
  );

  const confirm = useCallback(() => {
    const current = stateRef.current;
    if (current.step !== 'review' || current.confirming) return;
    const owner = session.current;
    const { fileName, jobId } = current;
    setState({ ...current, confirming: true, error: null });
    api.confirmOsmImport({ jobId, declined: [...current.declined] }).then(
      (status) => {
        if (owner !== session.current) return;
        setState({ step: 'running', fileName, status, cancelling: false });
        void poll(owner, fileName, jobId);
      },
      (error: unknown) => {
        const latest = stateRef.current;
        if (owner === session.current && latest.step === 'review')
          setState({ ...latest, confirming: false, error: errorNotice(error) });
      },
    );
  }, [api, poll, setState]);

  const cancel = useCallback(() => {
    const current = stateRef.current;
    if (current.step === 'review') {
      // The job waits for the review; cancelling it ends it as "cancelled", which polling sees.
      const owner = session.current;
      const { fileName, jobId } = current;
      setState({
        step: 'running',
        fileName,
        status: {
          jobId,
          kind: 'osm-import',
          state: 'running',
          phase: 'review',
          done: 0,
          total: 0,
          result: null,
          review: null,
          error: null,
        },
        cancelling: true,
      });
      api.cancelJob({ jobId }).then(
        () => void poll(owner, fileName, jobId),
        (error: unknown) => setState({ step: 'failed', fileName, message: errorNotice(error) }),
      );
      return;
    }
    if (current.step === 'running') {
      // The job ends as "cancelled" at its next check; polling sees it and closes the dialog.
      setState({ ...current, cancelling: true });
      api
        .cancelJob({ jobId: current.status.jobId })
        .catch((error: unknown) =>
          setState({ step: 'failed', fileName: current.fileName, message: errorNotice(error) }),
        );
      return;
    }
    session.current++;
    setState({ step: 'closed' });
  }, [api, setState]);

  return { state, open, setClip, start, setAccepted, confirm, cancel };
}
