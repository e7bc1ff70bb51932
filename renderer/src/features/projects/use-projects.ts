import { useCallback, useMemo, useState } from 'react';
import { ApiError } from '../../../../shared/api/errors.js';
import type { ProjectEntry, ProjectList } from '../../../../shared/api/projects.js';
import { messageRef } from '../../../../shared/i18n/define-messages.js';
import { projectsUiMessages as m } from '../../../../shared/i18n/messages/ui/projects.js';
import { useApi, useLiveQuery } from '../../api/api-context.js';
import { fetchProjectFile } from '../../api/project-download.js';
import { useNotices } from '../../app/notices.js';
import { errorNotice, type Notice } from '../../i18n/notice.js';
import { bytesToBase64Async } from '../../util/base64.js';
import { saveBlob } from '../../util/save-file.js';
import { projectsList } from './projects-list.js';

// What the Projects dialog and the start screen do: each action one call; its error stays in the
// dialog (said by the backend, in the reader's language: nothing changed), its result goes to the
// sidebar's status line. Opening, making or closing a project changes the list's `current`, and
// the window starts afresh with it (project-gate.tsx): nothing here reloads anything by hand.

export interface Projects {
  list: ProjectList | undefined;
  busy: boolean;
  /** The last action's error, or what it reports in the dialog (an upload: "added as …"). */
  error: Notice | null;
  report: Notice | null;
  open(entry: ProjectEntry): Promise<void>;
  create(name: string): Promise<boolean>;
  choose(): Promise<void>;
  copy(name: string): Promise<boolean>;
  upload(file: File): Promise<void>;
  download(): Promise<void>;
  close(): Promise<void>;
}

export function useProjects(): Projects {
  const api = useApi();
  const { setStatus, setError: setSidebarError } = useNotices();
  const list = useLiveQuery(projectsList).data;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Notice | null>(null);
  const [report, setReport] = useState<Notice | null>(null);

  /** Runs one action: busy meanwhile, its error kept, true when it went through. */
  const run = useCallback(async (work: () => Promise<void>): Promise<boolean> => {
    setBusy(true);
    setError(null);
    setReport(null);
    try {
      await work();
      return true;
    } catch (caught) {
      setError(errorNotice(caught));
      return false;
    } finally {
      setBusy(false);
    }
  }, []);

  const opened = useCallback(
    (project: ProjectEntry | null) => {
      if (!project) return;
      setSidebarError(null);
      setStatus(messageRef(m.opened, { name: project.name }));
    },
    [setSidebarError, setStatus],
  );

  const fileName = list?.current?.fileName;
  return useMemo<Projects>(
    () => ({
      list,
      busy,
      error,
      report,
      open: async (entry) => {
        await run(async () => opened((await api.openProject({ id: entry.id })).project));
      },
      create: (name) => run(async () => opened((await api.createProject({ name })).project)),
      choose: async () => {
        await run(async () => opened((await api.chooseProject({})).project));
      },
      copy: (name) =>
        run(async () => {
          const { project } = await api.copyProject({ name });
          if (project) setReport(messageRef(m.copied, { name: project.name, fileName: project.fileName }));
        }),
      upload: async (file) => {
        await run(async () => {
          const contentBase64 = await bytesToBase64Async(new Uint8Array(await file.arrayBuffer()));
          const { project } = await api.uploadProject({ fileName: file.name, contentBase64 });
          if (project) setReport(messageRef(m.uploaded, { name: project.name, fileName: project.fileName }));
        });
      },
      download: async () => {
        await run(async () => {
          let blob: Blob;
          try {
            blob = await fetchProjectFile();
          } catch (caught) {
            throw new ApiError('internal', messageRef(m.downloadFailed, { reason: errorNotice(caught) }));
          }
          saveBlob(fileName ?? 'project.gpkg', blob);
          setReport(messageRef(m.downloaded, { fileName: fileName ?? '' }));
        });
      },
      close: async () => {
        await run(async () => {
          await api.closeProject({});
          setStatus(null);
        });
      },
    }),
    [api, list, busy, error, report, run, opened, fileName, setStatus],
  );
}
