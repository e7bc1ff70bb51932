import { useId } from 'react';
import { AnnotationsSection } from '../attachments/annotations-section.js';
import { AttachmentsSection } from '../attachments/attachments-section.js';
import { useAttachments } from '../attachments/use-attachments.js';
import { useFileDrop } from '../attachments/use-file-drop.js';
import { useApi } from '../../api/api-context.js';
import type { Link, LinkChanges, LinkInput, Place, PlaceChanges } from '../../../../shared/model/schemas.js';
import type { ProjectActions, ProjectData } from '../../app/project/use-project-data.js';
import { EventsSection } from '../events/events-section.js';
import { GroupsSection } from '../groups/groups-section.js';
import { HistorySection } from '../edits/history-section.js';
import { attachmentMessages } from '../../../../shared/i18n/messages/ui/attachments.js';
import { placeMessages as m } from '../../../../shared/i18n/messages/ui/places.js';
import { getCategory } from '../../../../shared/model/typology.js';
import { SYMBOLS } from '../../app/symbols.js';
import { useT } from '../../i18n/i18n-context.js';
import { FAMILY_COLOURS } from '../../map/family-colours.js';
import { categoryAndSector } from './labels.js';
import { NearbyPanel } from '../nearby/nearby-panel.js';
import { useNearbyStopAction } from '../routes/nearby-stop-action.js';
import { PlaceRoutesSection } from '../routes/place-routes-section.js';
import { PlaceLinks } from '../links/place-links.js';
import { PlaceForm } from './place-form.js';

export interface PlacePanelProps {
  place: Place;
  links: readonly Link[];
  onSave(changes: PlaceChanges): Promise<Place>;
  onDelete(): Promise<void>;
  onClose(): void;
  onCreateLink(input: LinkInput): Promise<unknown>;
  onSelectPlace(id: number): void;
  placesById: ReadonlyMap<number, Place>;
  onDeleteLink(id: number): Promise<unknown>;
  /** Whether the workspace filter shows a place (the nearby list leaves out what it hides). */
  isShown?(placeId: number): boolean;
  /** Groups, events, custom field definitions and places. */
  workspace?: {
    data: Pick<ProjectData, 'groups' | 'events' | 'customFieldDefinitions' | 'places' | 'project'>;
    actions: ProjectActions;
    placesById: ReadonlyMap<number, Place>;
    onManageFields(category: Place['category']): void;
  };
}

/** The selected place: its details to edit, and the actors nearby. */
export function PlacePanel({
  place,
  links,
  onSave,
  onDelete,
  onClose,
  onCreateLink,
  onSelectPlace,
  placesById,
  onDeleteLink,
  isShown,
  workspace,
}: PlacePanelProps) {
  const t = useT();
  const titleId = useId();
  const colour = FAMILY_COLOURS[getCategory(place.category).family];
  // Attachments, annotations and the history are live lists: any change to them (here, by an
  // undo, in another window) shows without reselecting.
  const attachments = useAttachments(useApi(), 'place', place.id);
  const drop = useFileDrop((files) => void attachments.add(files));
  const stopAction = useNearbyStopAction(place);
  return (
    <section
      className={drop.dragging ? 'panel place-panel place-panel--dropping' : 'panel place-panel'}
      data-testid="place-panel"
      data-place-id={place.id}
      aria-labelledby={titleId}
      {...drop.handlers}
    >
      {drop.dragging && (
        <div className="place-panel__drop" aria-hidden="true" data-testid="attachment-drop-overlay">
          {t.t(attachmentMessages.drop)}
        </div>
      )}
      <header className="panel__header">
        <span className="panel__dot" style={{ backgroundColor: colour }} aria-hidden="true" />
        <div className="panel__heading">
          <h2 className="panel__title" id={titleId} data-content="">
            {place.name}
          </h2>
          <p className="panel__subtitle">{categoryAndSector(t, place)}</p>
        </div>
        <button
          type="button"
          className="button button--quiet panel__close"
          aria-label={t.t(m.closePanel)}
          title={t.t(m.closePanel)}
          data-testid="close-place-panel-button"
          onClick={onClose}
        >
          <span aria-hidden="true">{SYMBOLS.close}</span>
        </button>
      </header>
      <PlaceForm
        key={place.id}
        place={place}
        onSave={onSave}
        onDelete={onDelete}
        {...(workspace
          ? { definitions: workspace.data.customFieldDefinitions, onManageFields: workspace.onManageFields }
          : {})}
      />
      <PlaceLinks
        place={place}
        links={links}
        placesById={placesById}
        onSelectPlace={onSelectPlace}
        onDeleteLink={onDeleteLink}
        {...(workspace
          ? { onUpdateLink: (id: number, changes: LinkChanges) => workspace.actions.updateLink(id, changes) }
          : {})}
      />
      {workspace && (
        <>
          <GroupsSection
            member={{ type: 'place', id: place.id }}
            groups={workspace.data.groups}
            onAdd={(groupId) => workspace.actions.addGroupMember({ groupId, memberType: 'place', memberId: place.id })}
            onRemove={(groupId) =>
              workspace.actions.removeGroupMember({ groupId, memberType: 'place', memberId: place.id })
            }
            onCreate={(input) => workspace.actions.createGroup(input)}
          />
          <EventsSection
            place={place}
            events={workspace.data.events}
            places={workspace.data.places}
            placesById={workspace.placesById}
            onCreate={(input) => workspace.actions.createEvent(input)}
            onUpdate={(id, changes) => workspace.actions.updateEvent(id, changes)}
            onDelete={(id) => workspace.actions.deleteEvent(id)}
          />
        </>
      )}
      {workspace && <PlaceRoutesSection place={place} />}
      <AttachmentsSection controller={attachments} />
      <AnnotationsSection key={`annotations-${place.id}`} featureType="place" featureId={place.id} />
      <NearbyPanel
        key={`nearby-${place.id}`}
        place={place}
        onCreateLink={onCreateLink}
        onSelectPlace={onSelectPlace}
        isShown={isShown}
        hasNetwork={workspace?.data.project?.hasNetwork ?? false}
        {...(stopAction ? { placeAction: stopAction } : {})}
      />
      {workspace && <HistorySection featureType="place" id={place.id} />}
    </section>
  );
}
