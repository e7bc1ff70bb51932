// Signs that are not words (the same in every language): each sits next to a translated name,
// in an element hidden from screen readers, or is a button's face with a translated aria-label.

export const SYMBOLS = {
  close: '×',
  undo: '↶',
  redo: '↷',
  sortedAscending: '▲',
  sortedDescending: '▼',
  /** Marks the selected place itself among the actors of an event (after its name). */
  thisPlace: ' ★',
  /** Between two details on one line (author · date). */
  separator: ' · ',
  /** The usual start of a web address, as a placeholder. */
  webAddress: 'https://',
  /** Buttons that move an item of an ordered list (a route's stops) one place up or down. */
  moveUp: '↑',
  moveDown: '↓',
  /** The grip by which a list item is dragged to another place in the list. */
  dragHandle: '⠿',
  /** An example box (west, south, east, north) as a placeholder. */
  boxExample: '15.59, 48.40, 15.62, 48.42',
} as const;
