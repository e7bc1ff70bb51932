import { useCallback, useEffect, useRef, useState } from 'react';
import type { Api, JobStatus } from '../../../../shared/api/contract.js';
import { messageRef } from '../../../../shared/i18n/define-messages.js';
import { commonMessages } from '../../../../shared/i18n/messages/ui/common.js';
import { osmMessages as m } from '../../../../shared/i18n/messages/ui/osm.js';
import { errorNotice, type Notice } from '../../i18n/notice.js';
import { bytesToBase64Async } from '../../util/base64.js';
import { MAX_IMPORT_FILE_BYTES } from '../transfer/use-import.js';

// Importing an OpenStreetMap extract: choose how to clip it, upload it (as the file import does),
// start the import job, poll its progress until it ends; Cancel stops the job (the backend rolls
// it back, the project stays as it was). The backend runs the job in a worker thread, so the app
// stays responsive; polling is a plain API call, the same over IPC and HTTP.

export type OsmClip = { kind: 'all' } | { kind: 'quarter'; quarterId: number } | { kind: 'box'; text: string };

export type OsmImportState =
  | { step: 'closed' }
  | { step: 'options'; file: File; clip: OsmClip; error: Notice | null }
  | { step: 'uploading'; fileName: string }
  | { step: 'running'; fileName: string; status: JobStatus; cancelling: boolean }
  | { step: 'failed'; fileName: string; message: Notice };

export interface OsmImportSummary {
  fileName: string;
  added: number;
  updated: number;
  edges: number;
}

export interface OsmImportController {
  state: OsmImportState;
  open(file: File): void;
  setClip(clip: OsmClip): void;
  start(): void;
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

  // A closed app window stops polling (the job itself ends on its own).
  useEffect(
    () => () => {
      session.current++;
    },
    [],
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
          setState({ step: 'running', fileName, status, cancelling: current.step === 'running' && current.cancelling });
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
          const result = status.result as { added: number; updated: number; network: { edges: number } };
          onEndedRef.current({
            kind: 'done',
            summary: { fileName, added: result.added, updated: result.updated, edges: result.network.edges },
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

  const cancel = useCallback(() => {
    const current = stateRef.current;
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

  return { state, open, setClip, start, cancel };
}
