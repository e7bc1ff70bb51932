import { Fragment, useEffect, type ReactNode } from 'react';
import { appMessages } from '../../../../shared/i18n/messages/ui/app.js';
import { projectsUiMessages as m } from '../../../../shared/i18n/messages/ui/projects.js';
import { useLiveQuery } from '../../api/api-context.js';
import { useT } from '../../i18n/i18n-context.js';
import { projectsList } from './projects-list.js';
import { StartScreen } from './start-screen.js';
import './projects.css';

/**
 * The window for the open project, started afresh whenever another one opens (its `session`):
 * the map, the selection, the open route and every list belong to one project. With no project
 * open, the start screen. The tab's title names the project (the desktop's window title is the
 * shell's).
 */
export function ProjectGate({ children }: { children: ReactNode }) {
  const t = useT();
  const projects = useLiveQuery(projectsList);
  const current = projects.data?.current;
  const name = current?.name;
  useEffect(() => {
    // NOTE: a passive effect: it runs after the i18n provider's layout effect, which sets the app's name.
    document.title = name ? t.t(m.pageTitle, { name }) : t.t(appMessages.appName);
  }, [t, name]);
  if (projects.status === 'loading') return null;
  // Without the list (a failed read) the window shows the project as before and says what failed.
  if (projects.status === 'failed' || current === undefined) return <>{children}</>;
  if (current === null) return <StartScreen />;
  return <Fragment key={current.session}>{children}</Fragment>;
}
