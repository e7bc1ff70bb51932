import { messageRef } from '../../../shared/i18n/define-messages.js';
import { appMessages as m } from '../../../shared/i18n/messages/ui/app.js';
import { commonMessages } from '../../../shared/i18n/messages/ui/common.js';
import { UndoRedoButtons } from '../features/edits/undo-redo-buttons.js';
import { SearchBox } from '../features/search/search-box.js';
import { Legend } from '../features/styling/legend.js';
import { PrintViewSection } from '../features/guides/print-view-section.js';
import { WorkspaceSection } from '../features/workspace-sync/workspace-section.js';
import { useT } from '../i18n/i18n-context.js';
import { flyToPosition } from '../map/camera.js';
import { useMapHandle } from '../map/map-handle.js';
import { ErrorMessage } from './error-message.js';
import { useSelection } from './map-tools/map-tools-context.js';
import { NoticeLines } from './notices.js';
import { useWorkspace } from './project/workspace-context.js';
import { SidebarHeader } from './sidebar-header.js';
import { SidebarPanel } from './sidebar-panel.js';
import { SidebarToolbar } from './sidebar-toolbar.js';

export function Sidebar() {
  const t = useT();
  const { data, actions } = useWorkspace();
  const { selectPlace } = useSelection();
  const mapRef = useMapHandle();
  return (
    <aside className="sidebar" aria-label={t.t(m.sidebarLabel)}>
      <SidebarHeader project={data.project} />
      <SearchBox
        onPick={(hit) => {
          selectPlace(hit.place.id);
          if (mapRef.current) flyToPosition(mapRef.current, hit.place.longitude, hit.place.latitude);
        }}
      />
      <SidebarToolbar />
      <UndoRedoButtons />
      {data.status === 'loading' && !data.project && <p className="hint">{t.t(m.loading)}</p>}
      {data.status === 'failed' && (
        <div className="load-failed">
          <ErrorMessage
            message={messageRef(m.loadFailed, { reason: data.loadError ?? messageRef(commonMessages.unknownError) })}
          />
          <button type="button" className="button" onClick={() => void actions.reload()}>
            {t.t(m.retry)}
          </button>
        </div>
      )}
      <NoticeLines />
      <SidebarPanel />
      <Legend />
      {data.project && <PrintViewSection projectName={data.project.name} />}
      {data.project && <WorkspaceSection empty={Object.values(data.project.counts).every((count) => !count)} />}
    </aside>
  );
}
