import { AnalysisProvider } from '../features/analytics/analysis-context.js';
import { FieldsManagerProvider } from '../features/fields/fields-manager-context.js';
import { ContentLanguagesProvider } from '../features/languages/content-languages-context.js';
import { RoutesProvider } from '../features/routes/routes-context.js';
import { StylingProvider } from '../features/styling/styling-context.js';
import { ProjectGate } from '../features/projects/project-gate.js';
import { TransferProvider } from '../features/transfer/transfer-context.js';
import { MapHandleProvider } from '../map/map-handle.js';
import { MapArea } from './map-area.js';
import { MapToolsProvider } from './map-tools/map-tools-context.js';
import { NoticesProvider } from './notices.js';
import { WorkspaceProvider } from './project/workspace-context.js';
import { Sidebar } from './sidebar.js';
import { SkipToMap } from './skip-to-map.js';

// The window: the sidebar (project, search, tools, the selected place, the legend) and the map
// side (filter, map, table), started afresh for each project opened (the gate; with none open,
// the start screen). State lives in providers, each owned by its feature: the project
// and its filter, the status line, the map, the open route, the map's tools and the selection,
// the colours, the analysis dock, files in and out (with their dialogs), the custom fields
// manager, and the content languages.

export function App() {
  return (
    <NoticesProvider>
      <ProjectGate>
        <WorkspaceProvider>
          <ContentLanguagesProvider>
            <MapHandleProvider>
              <RoutesProvider>
                <MapToolsProvider>
                  <StylingProvider>
                    <AnalysisProvider>
                      <div className="app">
                        <SkipToMap />
                        <TransferProvider>
                          <FieldsManagerProvider>
                            <Sidebar />
                            <MapArea />
                          </FieldsManagerProvider>
                        </TransferProvider>
                      </div>
                    </AnalysisProvider>
                  </StylingProvider>
                </MapToolsProvider>
              </RoutesProvider>
            </MapHandleProvider>
          </ContentLanguagesProvider>
        </WorkspaceProvider>
      </ProjectGate>
    </NoticesProvider>
  );
}
