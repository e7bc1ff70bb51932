import { createContext, useContext, useState, type ReactNode } from 'react';
import type { CategoryId } from '../../../../shared/model/typology.js';
import { useWorkspace } from '../../app/project/workspace-context.js';
import { CustomFieldsManager } from './custom-fields-manager.js';

// The dialog where a category's custom fields are defined, opened from a place's form.

const FieldsManagerContext = createContext<((category: CategoryId) => void) | null>(null);

export function FieldsManagerProvider({ children }: { children: ReactNode }) {
  const { data, actions } = useWorkspace();
  const [category, setCategory] = useState<CategoryId | null>(null);
  return (
    <FieldsManagerContext.Provider value={setCategory}>
      {children}
      {category && (
        <CustomFieldsManager
          category={category}
          definitions={data.customFieldDefinitions}
          onCreate={(input) => actions.createCustomField(input)}
          onUpdate={(id, changes) => actions.updateCustomField(id, changes)}
          onDelete={(id) => actions.deleteCustomField(id)}
          onClose={() => setCategory(null)}
        />
      )}
    </FieldsManagerContext.Provider>
  );
}

/** Opens the fields manager of a category. */
export function useManageFields(): (category: CategoryId) => void {
  const open = useContext(FieldsManagerContext);
  if (!open) throw new Error('useManageFields() needs a <FieldsManagerProvider> above it');
  return open;
}
