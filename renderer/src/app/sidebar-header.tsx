import { useState } from 'react';
import type { ProjectInfo } from '../../../shared/api/contract.js';
import { appMessages as m } from '../../../shared/i18n/messages/ui/app.js';
import { LanguageMenu } from '../features/preferences/language-menu.js';
import { ProjectsButton } from '../features/projects/projects-button.js';
import { useT } from '../i18n/i18n-context.js';
import type { Notice } from '../i18n/notice.js';
import { ErrorMessage } from './error-message.js';

export function SidebarHeader({ project }: { project: ProjectInfo | null }) {
  const t = useT();
  const [languageError, setLanguageError] = useState<Notice | null>(null);
  return (
    <header className="sidebar-header">
      <div className="sidebar-header__title-row">
        <h1
          className="sidebar-header__title"
          data-testid="project-name"
          title={project?.fileName}
          {...(project ? { 'data-content': '' } : {})}
        >
          {project ? project.name : t.t(m.appName)}
        </h1>
        {project?.isSample && (
          <span className="badge" data-testid="sample-badge" title={t.t(m.sampleBadgeTitle)}>
            {t.t(m.sampleBadge)}
          </span>
        )}
        <ProjectsButton />
      </div>
      <div className="sidebar-header__meta-row">
        {project && <p className="sidebar-header__counts">{t.t(m.projectCounts, project.counts)}</p>}
        <LanguageMenu onError={setLanguageError} />
      </div>
      <ErrorMessage message={languageError} onDismiss={() => setLanguageError(null)} />
    </header>
  );
}
