import { useCallback } from 'react';
import { messageRef } from '../../../../shared/i18n/define-messages.js';
import { placeMessages as m } from '../../../../shared/i18n/messages/ui/places.js';
import type { Place, PlaceChanges } from '../../../../shared/model/schemas.js';
import { useSelection } from '../../app/map-tools/map-tools-context.js';
import { useNotices } from '../../app/notices.js';
import { useWorkspace } from '../../app/project/workspace-context.js';
import { useManageFields } from '../fields/fields-manager-context.js';
import { PlacePanel } from './place-panel.js';

/** The panel of the selected place, wired to the project: save, delete, links, selection. */
export function SelectedPlacePanel({ place }: { place: Place }) {
  const { data, actions, placesById, visiblePlacesById } = useWorkspace();
  const { setStatus } = useNotices();
  const { selectPlace, closePlace } = useSelection();
  const manageFields = useManageFields();
  const onSave = useCallback((changes: PlaceChanges) => actions.updatePlace(place.id, changes), [actions, place.id]);
  const onDelete = useCallback(async () => {
    const result = await actions.deletePlace(place.id);
    closePlace();
    setStatus(messageRef(m.deleted, { name: place.name, links: result.linksRemoved }));
  }, [actions, closePlace, place.id, place.name, setStatus]);
  const onDeleteLink = useCallback((id: number) => actions.deleteLink(id), [actions]);
  return (
    <PlacePanel
      place={place}
      links={data.links}
      onSave={onSave}
      onDelete={onDelete}
      onClose={closePlace}
      onCreateLink={actions.createLink}
      onSelectPlace={selectPlace}
      placesById={placesById}
      onDeleteLink={onDeleteLink}
      isShown={(id) => visiblePlacesById.has(id)}
      workspace={{ data, actions, placesById, onManageFields: manageFields }}
    />
  );
}
