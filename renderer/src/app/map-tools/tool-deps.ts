import type { Api } from '../../../../shared/api/contract.js';
import type { Notice } from '../../i18n/notice.js';
import type { ProjectActions } from '../project/use-project-data.js';

/** What every map tool's hook needs from the window (app/map-tools/map-tools-context.tsx). */
export interface ToolDeps {
  api: Api;
  actions: ProjectActions;
  setStatus(status: Notice | null): void;
  setError(error: Notice | null): void;
  /** Takes away the shape terra-draw has drawn (saved, cancelled or refused). */
  resetDrawing(): void;
}
