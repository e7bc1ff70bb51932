import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { ContentLanguagesInfo, MethodInput } from '../../../../shared/api/contract.js';
import { useApi } from '../../api/api-context.js';
import { useWorkspace } from '../../app/project/workspace-context.js';

// The project's content languages (issue #11) as the window holds them: the primary and further
// languages (read when a project opens, changed in the Content languages dialog), and the
// language the map draws names in (a view choice of this window, not saved in the project).

export interface ContentLanguagesState {
  /** Null until read (and in a window without a project). */
  languages: ContentLanguagesInfo | null;
  update(changes: MethodInput<'updateContentLanguages'>): Promise<ContentLanguagesInfo>;
  /** The language names are drawn in on the map: null for the primary language. */
  mapLanguage: string | null;
  setMapLanguage(language: string | null): void;
  dialogOpen: boolean;
  setDialogOpen(open: boolean): void;
}

const ContentLanguagesContext = createContext<ContentLanguagesState | null>(null);

export function ContentLanguagesProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const { data, actions } = useWorkspace();
  const projectKey = data.project?.fileName;
  const [languages, setLanguages] = useState<ContentLanguagesInfo | null>(null);
  const [chosenMapLanguage, setMapLanguage] = useState<string | null>(null);
  const [dialogOpen, setDialogOpen] = useState(false);

  useEffect(() => {
    if (projectKey === undefined) return;
    let current = true;
    setMapLanguage(null);
    api.getContentLanguages({}).then(
      (info) => {
        if (current) setLanguages(info);
      },
      // A project whose languages cannot be read still opens: names in the primary language only.
      () => {},
    );
    return () => {
      current = false;
    };
  }, [api, projectKey]);

  const update = useCallback(
    async (changes: MethodInput<'updateContentLanguages'>) => {
      const info = await api.updateContentLanguages(changes);
      setLanguages(info);
      // The features carry the translations of the project's further languages: read them again.
      await actions.refresh(['places', 'quarters', 'routes', 'events']);
      return info;
    },
    [api, actions],
  );

  // A language taken off the project is no longer drawn.
  const mapLanguage = chosenMapLanguage && languages?.further.includes(chosenMapLanguage) ? chosenMapLanguage : null;
  const value = useMemo(
    () => ({ languages, update, mapLanguage, setMapLanguage, dialogOpen, setDialogOpen }),
    [languages, update, mapLanguage, dialogOpen],
  );
  return <ContentLanguagesContext.Provider value={value}>{children}</ContentLanguagesContext.Provider>;
}

export function useContentLanguages(): ContentLanguagesState {
  const state = useContext(ContentLanguagesContext);
  if (!state) throw new Error('useContentLanguages() needs a <ContentLanguagesProvider> above it');
  return state;
}

/** The same, or null outside a provider (a form shown on its own has no further languages). */
export function useOptionalContentLanguages(): ContentLanguagesState | null {
  return useContext(ContentLanguagesContext);
}
