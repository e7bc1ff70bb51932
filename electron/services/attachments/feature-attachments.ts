import { ANNOTATED_FEATURE_TABLES, type AnnotatedFeatureType } from '../../../shared/model/attachment-schemas.js';
import type { ProjectStore } from '../../store/project-store.js';

// What the attachments feature does for the features that own attachments: the change markers
// of its tables, and taking a deleted feature's attachments and annotations with it.
// NOTE: a plain call rather than an event: the place that is deleted reports how many went.

export function touchAttachments(store: ProjectStore, featureType: AnnotatedFeatureType): void {
  store.touch('attachments');
  store.touch(`${ANNOTATED_FEATURE_TABLES[featureType]}_attachments`);
}

export function touchAnnotations(store: ProjectStore, featureType: AnnotatedFeatureType): void {
  store.touch('annotations');
  store.touch(`${ANNOTATED_FEATURE_TABLES[featureType]}_annotations`);
}

/**
 * Removes a feature's attachments and annotations (call inside the edit that deletes the
 * feature, so undoing it brings them back). The mapping rows would go with the feature anyway
 * (ON DELETE CASCADE); annotations are deleted with it, attachments unlinked (their bytes
 * stay for undo, see attachments-repository.ts).
 */
export function removeAttachmentsOf(
  store: ProjectStore,
  featureType: AnnotatedFeatureType,
  featureId: number,
): { attachments: number; annotations: number } {
  const { attachments, annotations } = store;
  const attachmentIds = attachments.idsFor(featureType, featureId);
  const annotationIds = annotations.idsFor(featureType, featureId);
  for (const id of attachmentIds) attachments.unlink(id);
  for (const id of annotationIds) annotations.remove(id);
  if (attachmentIds.length > 0) attachments.collectOrphans();
  if (attachmentIds.length > 0) touchAttachments(store, featureType);
  if (annotationIds.length > 0) touchAnnotations(store, featureType);
  return { attachments: attachmentIds.length, annotations: annotationIds.length };
}
