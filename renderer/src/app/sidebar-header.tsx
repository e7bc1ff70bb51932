import type { ProjectInfo } from '../../../shared/api/contract.js';
import { strings } from '../i18n/strings.js';

export function SidebarHeader({ project }: { project: ProjectInfo | null }) {
  return (
    <header className="sidebar-header">
      <div className="sidebar-header__title-row">
        <h1 className="sidebar-header__title" data-testid="project-name" title={project?.fileName}>
          {project ? project.name : strings.appName}
        </h1>
        {project?.isSample && (
          <span className="badge" data-testid="sample-badge" title={strings.sampleBadgeTitle}>
            {strings.sampleBadge}
          </span>
        )}
      </div>
      {project && <p className="sidebar-header__counts">{strings.projectCounts(project.counts)}</p>}
    </header>
  );
}
