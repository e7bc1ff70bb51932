import './areas.css';
import { useCallback, useId, useMemo, useState } from 'react';
import { messageRef } from '../../../../shared/i18n/define-messages.js';
import { areaMessages as m } from '../../../../shared/i18n/messages/ui/areas.js';
import { attachmentMessages } from '../../../../shared/i18n/messages/ui/attachments.js';
import { typologyLabel } from '../../../../shared/i18n/typology-labels.js';
import type { Place, Quarter, QuarterChanges } from '../../../../shared/model/schemas.js';
import { useApi } from '../../api/api-context.js';
import { ConfirmDelete } from '../../app/confirm-delete.js';
import { ErrorMessage } from '../../app/error-message.js';
import { useMapTools, useSelection } from '../../app/map-tools/map-tools-context.js';
import { useNotices } from '../../app/notices.js';
import { useWorkspace } from '../../app/project/workspace-context.js';
import { SYMBOLS } from '../../app/symbols.js';
import { useT } from '../../i18n/i18n-context.js';
import { errorNotice, type Notice } from '../../i18n/notice.js';
import { flyToPosition } from '../../map/camera.js';
import { FAMILY_COLOURS, QUARTER_COLOUR } from '../../map/family-colours.js';
import { useMapHandle } from '../../map/map-handle.js';
import { AnnotationsSection } from '../attachments/annotations-section.js';
import { AttachmentsSection } from '../attachments/attachments-section.js';
import { useAttachments } from '../attachments/use-attachments.js';
import { useFileDrop } from '../attachments/use-file-drop.js';
import { HistorySection } from '../edits/history-section.js';
import { GroupsSection } from '../groups/groups-section.js';
import { AreaForm } from './area-form.js';
import { areaMembers } from './area-members.js';
import { AreaPlaces } from './area-places.js';
import { formatHectares, hectaresOf } from './area-size.js';
import { ReportCardSection } from '../analytics/report-card-section.js';
import { PrintMapSection } from '../guides/print-map-section.js';
import { SnapshotsSection } from '../snapshots/snapshots-section.js';

// The open area (a cultural quarter, a shared creative space…): its size and the places inside
// counted by kind, its name, kind and description with their translations, the places inside,
// the cluster groups it belongs to, photos and documents, annotations and its history. Every
// list here is live: an edit, an undo or another window's change shows without reopening it.

export function AreaPanel({ area }: { area: Quarter }) {
  const t = useT();
  const api = useApi();
  const titleId = useId();
  const { selectArea, selectPlace } = useSelection();
  const { tool, chooseTool } = useMapTools();
  const { data, actions, placesById, filterContext } = useWorkspace();
  const { setStatus } = useNotices();
  const mapRef = useMapHandle();
  const [confirming, setConfirming] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [deleteError, setDeleteError] = useState<Notice | null>(null);
  const attachments = useAttachments(api, 'quarter', area.id);
  const drop = useFileDrop((files) => void attachments.add(files));

  const hectares = useMemo(() => hectaresOf(area.geometry), [area.geometry]);
  // Who is inside: the workspace's membership, cached per outline and list of places.
  const inside = data.placesLoaded ? filterContext.placesInQuarter(area.id) : undefined;
  const collator = useMemo(() => new Intl.Collator(t.formattingLocale), [t.formattingLocale]);
  const members = useMemo(() => areaMembers(inside, placesById, collator.compare), [inside, placesById, collator]);
  const size = formatHectares(t, hectares);

  const onSave = useCallback((changes: QuarterChanges) => api.updateQuarter({ id: area.id, changes }), [api, area.id]);
  const openPlace = useCallback(
    (place: Place) => {
      selectPlace(place.id);
      if (mapRef.current) flyToPosition(mapRef.current, place.longitude, place.latitude);
    },
    [mapRef, selectPlace],
  );

  async function remove() {
    setDeleting(true);
    setDeleteError(null);
    try {
      await api.deleteQuarter({ id: area.id });
      setStatus(messageRef(m.deleted, { name: area.name }));
      selectArea(null);
    } catch (error) {
      setDeleteError(errorNotice(error));
      setDeleting(false);
      setConfirming(false);
    }
  }

  return (
    <section
      className={drop.dragging ? 'panel place-panel area-panel place-panel--dropping' : 'panel place-panel area-panel'}
      data-testid="area-panel"
      data-area-id={area.id}
      aria-labelledby={titleId}
      {...drop.handlers}
    >
      {drop.dragging && (
        <div className="place-panel__drop" aria-hidden="true">
          {t.t(attachmentMessages.drop)}
        </div>
      )}
      <header className="panel__header">
        <span className="panel__dot" style={{ backgroundColor: QUARTER_COLOUR }} aria-hidden="true" />
        <div className="panel__heading">
          <h2 className="panel__title" id={titleId} data-content="" data-testid="area-panel-title">
            {area.name}
          </h2>
          <p className="panel__subtitle">{typologyLabel(t, 'areaKind', area.kind)}</p>
        </div>
        <button
          type="button"
          className="button button--quiet panel__close"
          aria-label={t.t(m.closePanel)}
          title={t.t(m.closePanel)}
          data-testid="close-area-panel-button"
          onClick={() => selectArea(null)}
        >
          <span aria-hidden="true">{SYMBOLS.close}</span>
        </button>
      </header>
      <div className="area-summary" data-testid="area-summary">
        <p className="area-summary__size">
          {data.placesLoaded ? t.t(m.size, { size, count: members.places.length }) : t.t(m.sizeLoading, { size })}
        </p>
        {members.byFamily.length > 0 && (
          <ul className="area-summary__kinds" aria-label={t.t(m.kindsLabel)}>
            {members.byFamily.map(({ family, count }) => (
              <li key={family} className="area-summary__kind" data-testid="area-kind-count" data-family={family}>
                <span
                  className="area-places__dot"
                  style={{ backgroundColor: FAMILY_COLOURS[family] }}
                  aria-hidden="true"
                />
                {t.t(m.kindCount, { kind: typologyLabel(t, 'family', family), count })}
              </li>
            ))}
          </ul>
        )}
        <button
          type="button"
          className={`button button--small${tool === 'edit' ? ' button--active' : ''}`}
          aria-pressed={tool === 'edit'}
          title={t.t(m.reshapeTitle)}
          data-testid="reshape-area-button"
          onClick={() => chooseTool(tool === 'edit' ? 'browse' : 'edit')}
        >
          {t.t(m.reshape)}
        </button>
      </div>
      <AreaForm key={area.id} area={area} onSave={onSave} />
      <AreaPlaces
        key={`places-${area.id}`}
        places={data.placesLoaded ? members.places : null}
        onOpenPlace={openPlace}
      />
      <ReportCardSection key={`report-${area.id}`} scope={{ kind: 'area', areaId: area.id }} name={area.name} />
      <PrintMapSection
        key={`print-${area.id}`}
        where={{ areaId: area.id }}
        name={area.name}
        testId="map-print-section"
      />
      <SnapshotsSection key={`snapshots-${area.id}`} areaId={area.id} areaName={area.name} />
      <GroupsSection
        member={{ type: 'quarter', id: area.id }}
        groups={data.groups}
        onAdd={(groupId) => actions.addGroupMember({ groupId, memberType: 'quarter', memberId: area.id })}
        onRemove={(groupId) => actions.removeGroupMember({ groupId, memberType: 'quarter', memberId: area.id })}
        onCreate={(input) => actions.createGroup(input)}
      />
      <AttachmentsSection controller={attachments} />
      <AnnotationsSection key={`annotations-${area.id}`} featureType="quarter" featureId={area.id} />
      <div className="area-panel__actions">
        {!confirming && (
          <button
            type="button"
            className="button button--danger-quiet"
            data-testid="delete-area-button"
            onClick={() => setConfirming(true)}
          >
            {t.t(m.deleteArea)}
          </button>
        )}
      </div>
      <ErrorMessage message={deleteError} onDismiss={() => setDeleteError(null)} />
      {confirming && (
        <ConfirmDelete
          question={t.t(m.deleteQuestion, { name: area.name })}
          deleting={deleting}
          deletingLabel={t.t(m.deleting)}
          testId="confirm-delete-area-button"
          onConfirm={() => void remove()}
          onCancel={() => setConfirming(false)}
        />
      )}
      <HistorySection featureType="quarter" id={area.id} />
    </section>
  );
}
