import { ApiError } from '../../../shared/api/errors.js';
import { messageRef, type MessageDescriptor } from '../../../shared/i18n/define-messages.js';
import { areasMessages } from '../../../shared/i18n/messages/areas.js';
import { eventsMessages } from '../../../shared/i18n/messages/events.js';
import { fieldErrorMessages } from '../../../shared/i18n/messages/fields-errors.js';
import { groupsMessages } from '../../../shared/i18n/messages/groups.js';
import { linksMessages } from '../../../shared/i18n/messages/links.js';
import { placesMessages } from '../../../shared/i18n/messages/places.js';
import { routesMessages } from '../../../shared/i18n/messages/routes.js';
import type {
  ClusterEvent,
  CustomFieldDefinition,
  Group,
  Link,
  Place,
  Quarter,
} from '../../../shared/model/schemas.js';
import type { ProjectStore, StoredRoute } from '../../store/project-store.js';
import { createEditService, type EditService } from '../edits/edit-service.js';
import { createEventBus, type EventBus } from './event-bus.js';
import type { ProjectEvents } from './project-events.js';

// What every feature service of one open project shares: the store, the single edit path, the
// project's event bus, and lookups that throw a not-found error naming the field at fault.

export interface ServiceContext {
  readonly store: ProjectStore;
  readonly edits: EditService;
  readonly bus: EventBus<ProjectEvents>;
  /** The feature with this id, or a not-found error on `field` (the request's field that named it). */
  requirePlace(id: number, field?: string): Place;
  requireArea(id: number, field?: string): Quarter;
  requireRoute(id: number, field?: string): StoredRoute;
  requireLink(id: number, field?: string): Link;
  requireGroup(id: number, field?: string): Group;
  requireEvent(id: number, field?: string): ClusterEvent;
  requireCustomField(id: number, field?: string): CustomFieldDefinition;
}

/** A lookup that throws `not-found` with `message` when `get` finds nothing. */
function lookup<T>(get: (id: number) => T | undefined, message: MessageDescriptor) {
  return (id: number, field = 'id'): T => {
    const found = get(id);
    // NOTE: the id as text, not a number: ICU would group its digits ("id 12,345").
    if (found === undefined) throw new ApiError('not-found', messageRef(message, { id: String(id) }), field);
    return found;
  };
}

export function createServiceContext(store: ProjectStore): ServiceContext {
  return {
    store,
    edits: createEditService(store),
    bus: createEventBus<ProjectEvents>(),
    requirePlace: lookup((id) => store.places.get(id), placesMessages.notFound),
    requireArea: lookup((id) => store.quarters.get(id), areasMessages.notFound),
    requireRoute: lookup((id) => store.routes.get(id), routesMessages.notFound),
    requireLink: lookup((id) => store.links.get(id), linksMessages.notFound),
    requireGroup: lookup((id) => store.groups.get(id), groupsMessages.notFound),
    requireEvent: lookup((id) => store.events.get(id), eventsMessages.notFound),
    requireCustomField: lookup((id) => store.customFields.get(id), fieldErrorMessages.notFound),
  };
}
