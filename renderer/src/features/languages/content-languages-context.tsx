import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { ContentLanguagesInfo, MethodInput } from '../../../../shared/api/contract.js';
import { useApi, useLiveQuery } from '../../api/api-context.js';
import { liveQuery } from '../../api/live-store.js';

// The project's content languages (issue #11) as the window holds them: the primary and further
// languages (a live list: read when a project opens, changed in the Content languages dialog or
// another window), and the language the map draws names in (a view choice of this window, not
// saved in the project).

/** The content languages live in the project's settings (the project topic). */
export const contentLanguagesList = liveQuery('content-languages', ['project'], (api) => api.getContentLanguages({}));

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
  // NOTE: a project whose languages cannot be read still opens: names in the primary language only.
  const languages = useLiveQuery(contentLanguagesList).data ?? null;
  const [chosenMapLanguage, setMapLanguage] = useState<string | null>(null);
  const [dialogOpen, setDialogOpen] = useState(false);

  // Resolves once the languages, and the features whose translations they select, are read again.
  const update = useCallback(
    (changes: MethodInput<'updateContentLanguages'>) => api.updateContentLanguages(changes),
    [api],
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
