import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { OSM_EXTRACT_NAME } from '../../../../shared/api/limits.js';
import type { ExportResult, ImportResult } from '../../../../shared/api/transfer.js';
import { compilePlaceFilter } from '../../../../shared/filter/place-filter.js';
import { messageRef } from '../../../../shared/i18n/define-messages.js';
import { osmMessages } from '../../../../shared/i18n/messages/ui/osm.js';
import { transferMessages as m } from '../../../../shared/i18n/messages/ui/transfer.js';
import { useApi, useLiveStore } from '../../api/api-context.js';
import { useMapTools } from '../../app/map-tools/map-tools-context.js';
import { useNotices } from '../../app/notices.js';
import { useWorkspace } from '../../app/project/workspace-context.js';
import { addedContent, contentBounds, type ProjectContent } from '../../map/added-bounds.js';
import { useMapHandle } from '../../map/map-handle.js';
import { revealBounds } from '../../map/reveal-bounds.js';
import { useMenuCommand } from '../../util/use-menu-command.js';
import { OsmImportDialog } from '../osm/osm-import-dialog.js';
import { useOsmImport } from '../osm/use-osm-import.js';
import { contentsMessage } from './contents.js';
import { ExportDialog } from './export-dialog.js';
import { ImportDialog } from './import-dialog.js';
import { useImport } from './use-import.js';

// Files in and out: the import (a preview, then one transaction), the OpenStreetMap import (a job
// with progress) and the export, with their dialogs. Started from the sidebar's buttons, a file
// dropped on the map, or the desktop menu (File → Import…, Export…).

export interface Transfer {
  /** An import's dialog is open. */
  importing: boolean;
  /** Imports a file (an OpenStreetMap extract goes to its own import). */
  startImport(file: File): void;
  startOsmImport(file: File): void;
  openExport(): void;
}

const TransferContext = createContext<Transfer | null>(null);

export function TransferProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const live = useLiveStore();
  const { data, filter, visiblePlaces, membership, latest, contentNow } = useWorkspace();
  const { setStatus, setError } = useNotices();
  const { place } = useMapTools();
  const { cancelAdding } = place;
  const mapRef = useMapHandle();
  const [exporting, setExporting] = useState(false);
  const openExport = useCallback(() => setExporting(true), []);
  useMenuCommand('export', openExport);

  /** What the project held when the import started: what it holds after, less this, was added. */
  const beforeImport = useRef<ProjectContent | null>(null);
  const onImported = useCallback(
    async (result: ImportResult, fileName: string) => {
      setError(null);
      const imported = {
        contents: contentsMessage(result.added, { places: 'when-any' }),
        fileName,
        skipped: result.skipped.length,
      };
      setStatus(messageRef(m.imported, imported));
      // The import's change event (its job's commit) has been read into the lists before runImport
      // resolved: the backend checks for other connections' commits after every call.
      const after = contentNow();
      const added = addedContent(beforeImport.current ?? after, after);
      const matches = compilePlaceFilter(latest.current.filter, membership(after.places, after.quarters));
      const hidden = added.places.filter((entry) => !matches(entry)).length;
      if (hidden > 0) setStatus(messageRef(m.importedHidden, { ...imported, hidden }));
      const bounds = contentBounds(added);
      if (bounds && mapRef.current) revealBounds(mapRef.current, bounds);
    },
    [contentNow, latest, mapRef, membership, setError, setStatus],
  );
  const fileImport = useImport(api, onImported, setStatus);
  const importer = useMemo(
    () => ({
      ...fileImport,
      run() {
        beforeImport.current = contentNow();
        fileImport.run();
      },
    }),
    [fileImport, contentNow],
  );
  // OpenStreetMap extracts import as a job (progress, cancel); the map and lists refresh after.
  const osmImporter = useOsmImport(api, (outcome) => {
    if (outcome.kind === 'cancelled') {
      setStatus(messageRef(osmMessages.cancelled, { fileName: outcome.fileName }));
      return;
    }
    setError(null);
    const { fileName, added, updated, matched, removed, edges } = outcome.summary;
    setStatus(
      matched + removed > 0
        ? messageRef(osmMessages.doneMatched, { fileName, added, updated, matched, removed, edges })
        : messageRef(osmMessages.done, { fileName, added, updated, edges }),
    );
    // The job wrote from its own connection; the lists follow its change event (noticed by the
    // time the job reports the end): wait for them before showing what the project holds.
    void live.settled().then(() => {
      const bounds = contentBounds(contentNow());
      if (bounds && mapRef.current && added > 0) revealBounds(mapRef.current, bounds);
    });
  });

  const startOsmImport = useCallback(
    (file: File) => {
      cancelAdding();
      setStatus(null);
      osmImporter.open(file);
    },
    [cancelAdding, osmImporter, setStatus],
  );
  const startImport = useCallback(
    (file: File) => {
      cancelAdding();
      setStatus(null);
      // A dropped OpenStreetMap extract goes to its own import (a job with progress).
      if (OSM_EXTRACT_NAME.test(file.name)) osmImporter.open(file);
      else importer.open(file);
    },
    [cancelAdding, importer, osmImporter, setStatus],
  );
  const onExported = useCallback(
    (result: ExportResult) => {
      setExporting(false);
      setStatus(
        messageRef(m.exported, {
          contents: contentsMessage(result.counts, { places: 'always' }),
          fileName: result.fileName,
        }),
      );
    },
    [setStatus],
  );

  const importing = importer.state.step !== 'closed' || osmImporter.state.step !== 'closed';
  const value = useMemo(
    () => ({ importing, startImport, startOsmImport, openExport }),
    [importing, startImport, startOsmImport, openExport],
  );
  return (
    <TransferContext.Provider value={value}>
      {children}
      <ImportDialog controller={importer} />
      <OsmImportDialog controller={osmImporter} quarters={data.quarters} />
      {exporting && (
        <ExportDialog
          filter={filter}
          shownPlaces={visiblePlaces.length}
          totalPlaces={data.places.length}
          onExported={onExported}
          onClose={() => setExporting(false)}
        />
      )}
    </TransferContext.Provider>
  );
}

export function useTransfer(): Transfer {
  const transfer = useContext(TransferContext);
  if (!transfer) throw new Error('useTransfer() needs a <TransferProvider> above it');
  return transfer;
}
