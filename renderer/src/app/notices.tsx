import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Notice } from '../i18n/notice.js';
import { ErrorMessage } from './error-message.js';
import { StatusMessage } from './status-message.js';

// The sidebar's one status line and one error line, which every part of the window may set
// ("Area “Hafenviertel” saved.", "The place could not be moved: …"). Kept as notices (message and
// values), so a language switch shows them in the new language.

export interface Notices {
  status: Notice | null;
  error: Notice | null;
  setStatus(status: Notice | null): void;
  setError(error: Notice | null): void;
}

const NoticesContext = createContext<Notices | null>(null);

export function NoticesProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<Notice | null>(null);
  const [error, setError] = useState<Notice | null>(null);
  const value = useMemo(() => ({ status, error, setStatus, setError }), [status, error]);
  return <NoticesContext.Provider value={value}>{children}</NoticesContext.Provider>;
}

export function useNotices(): Notices {
  const notices = useContext(NoticesContext);
  if (!notices) throw new Error('useNotices() needs a <NoticesProvider> above it');
  return notices;
}

/** The error, then the status, each with its Dismiss button. */
export function NoticeLines() {
  const { status, error, setStatus, setError } = useNotices();
  return (
    <>
      <ErrorMessage message={error} onDismiss={() => setError(null)} />
      <StatusMessage message={status} onDismiss={() => setStatus(null)} />
    </>
  );
}
