/** The map's tools. 'browse' is the plain map: click to select, drag a place to move it. */
export type MapTool = 'browse' | 'edit' | 'place' | 'route' | 'area' | 'link';
