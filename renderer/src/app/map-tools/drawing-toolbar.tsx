import { strings } from '../../i18n/strings.js';

/** The map's tools. 'browse' is the plain map: click to select, drag a place to move it. */
export type MapTool = 'browse' | 'edit' | 'place' | 'route' | 'area' | 'link';

export interface DrawingToolbarProps {
  tool: MapTool;
  disabled: boolean;
  canDelete: boolean;
  onTool(tool: MapTool): void;
  onDelete(): void;
}

const TOOLS: { tool: Exclude<MapTool, 'browse'>; label: string; title: string; icon: string }[] = [
  { tool: 'edit', label: strings.toolSelect, title: strings.toolSelectTitle, icon: 'M5 3l14 8-6 1.5L10 19z' },
  {
    tool: 'place',
    label: strings.toolPlace,
    title: strings.toolPlaceTitle,
    icon: 'M12 21s-6-6.2-6-11a6 6 0 0 1 12 0c0 4.8-6 11-6 11zM12 12a2 2 0 1 0 0-4 2 2 0 0 0 0 4z',
  },
  { tool: 'route', label: strings.toolRoute, title: strings.toolRouteTitle, icon: 'M4 19l5-8 5 4 6-10' },
  { tool: 'area', label: strings.toolArea, title: strings.toolAreaTitle, icon: 'M4 7l7-4 9 5-2 11-12 1z' },
  {
    tool: 'link',
    label: strings.toolLink,
    title: strings.toolLinkTitle,
    icon: 'M5 17a2 2 0 1 0 0-4 2 2 0 0 0 0 4zM19 11a2 2 0 1 0 0-4 2 2 0 0 0 0 4zM7 14c4-1 7-3 10-5',
  },
];

/** Tools on the map's edge: pick one, pick it again (or press Esc) to go back to browsing. */
export function DrawingToolbar({ tool, disabled, canDelete, onTool, onDelete }: DrawingToolbarProps) {
  return (
    <div className="draw-toolbar" role="toolbar" aria-label={strings.drawToolbarLabel} data-testid="draw-toolbar">
      {TOOLS.map((entry) => (
        <button
          key={entry.tool}
          type="button"
          className="draw-toolbar__button"
          aria-pressed={tool === entry.tool}
          title={entry.title}
          disabled={disabled}
          data-testid={`tool-${entry.tool}`}
          onClick={() => onTool(tool === entry.tool ? 'browse' : entry.tool)}
        >
          <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
            <path
              d={entry.icon}
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </svg>
          <span>{entry.label}</span>
        </button>
      ))}
      <button
        type="button"
        className="draw-toolbar__button draw-toolbar__button--danger"
        title={strings.toolDeleteTitle}
        disabled={disabled || !canDelete}
        data-testid="tool-delete"
        onClick={onDelete}
      >
        <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
          <path
            d="M4 7h16M9 7V4h6v3M6 7l1 13h10l1-13"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        <span>{strings.toolDelete}</span>
      </button>
    </div>
  );
}
