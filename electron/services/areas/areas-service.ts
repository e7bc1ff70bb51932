import type { areasApi } from '../../../shared/api/areas.js';
import { messageRef } from '../../../shared/i18n/define-messages.js';
import { editMessages } from '../../../shared/i18n/messages/edits.js';
import { removeAttachmentsOf } from '../attachments/feature-attachments.js';
import type { ServiceContext } from '../core/service-context.js';
import { checkTranslationLanguages } from '../languages/languages-service.js';
import type { ServiceOf } from '../core/service-of.js';

// Areas: cultural quarters and other drawn polygons (stored as quarters).

export type AreasService = ServiceOf<typeof areasApi>;

export function createAreasService(context: ServiceContext): AreasService {
  const { store, edits, requireArea } = context;
  const { quarters } = store;
  return {
    listQuarters: () => quarters.list(),
    createQuarter(input) {
      return edits.run(messageRef(editMessages.drawArea, { name: input.name }), () => {
        checkTranslationLanguages(store, input.translations, '');
        return quarters.insert(input);
      });
    },
    updateQuarter({ id, changes }) {
      const current = requireArea(id);
      const onlyGeometry = Object.keys(changes).every((key) => key === 'geometry');
      return edits.run(
        messageRef(onlyGeometry ? editMessages.reshapeArea : editMessages.editArea, { name: current.name }),
        () => {
          checkTranslationLanguages(store, changes.translations, 'changes.');
          return quarters.update(id, {
            name: changes.name ?? current.name,
            kind: changes.kind ?? current.kind,
            description: changes.description ?? current.description,
            geometry: changes.geometry ?? current.geometry,
            translations: changes.translations,
          });
        },
      );
    },
    deleteQuarter({ id }) {
      const current = requireArea(id);
      return edits.run(messageRef(editMessages.deleteArea, { name: current.name }), () => {
        removeAttachmentsOf(store, 'quarter', id);
        quarters.remove(id);
        return { id };
      });
    },
  };
}
