import { issueMessage } from '../../../../shared/i18n/validation.js';
import { validationMessages } from '../../../../shared/i18n/messages/validation.js';
import { messageRef, type MessageRef } from '../../../../shared/i18n/define-messages.js';
import { tableMessages as m } from '../../../../shared/i18n/messages/ui/table.js';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { PlaceChangesSchema, type PlaceChanges } from '../../../../shared/model/schemas.js';
import { SYMBOLS } from '../../app/symbols.js';
import { useT } from '../../i18n/i18n-context.js';
import { errorNotice } from '../../i18n/notice.js';
import type { SortDirection } from './sort-rows.js';
import { CellEditor, type Editing } from './cell-editor.js';
import type { Column } from './table-columns.js';

// A virtualised grid (WAI-ARIA grid pattern): only the rows and columns in view are in the DOM,
// so 100,000 rows scroll as smoothly as 100. Focus stays on the grid element and the active cell
// is announced with aria-activedescendant, because a virtualised cell can leave the DOM at any
// scroll. Rows have one fixed height, which keeps scrolling free of layout measurement.

export const ROW_HEIGHT = 28;
const HEADER_HEIGHT = 32;

export interface GridSort {
  columnId: string;
  direction: SortDirection;
}

export interface DataGridProps<Row> {
  label: string;
  testId: string;
  rows: readonly Row[];
  columns: readonly Column<Row>[];
  rowId(row: Row): number;
  selectedId: number | null;
  onSelect(row: Row): void;
  sort: GridSort | null;
  onSort(columnId: string): void;
  /** Saves an edited cell; a rejection's message is shown at the cell. Absent: read-only. */
  onEdit?(row: Row, changes: PlaceChanges): Promise<unknown>;
}

/** The first problem zod finds, as "field: message" (the API's own wording). */
function validationMessage(changes: PlaceChanges): MessageRef | null {
  const parsed = PlaceChangesSchema.safeParse(changes);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  return issue ? issueMessage(issue) : messageRef(validationMessages.invalid);
}

/** The column of the cell an event happened in (its aria-colindex), or null outside a cell. */
function cellColumnIndex(target: EventTarget): number | null {
  const cell = target instanceof Element ? target.closest('[role="gridcell"]') : null;
  const index = Number(cell?.getAttribute('aria-colindex'));
  return Number.isInteger(index) && index >= 1 ? index - 1 : null;
}

export function DataGrid<Row>(props: DataGridProps<Row>) {
  const { label, testId, rows, columns, rowId, selectedId, onSelect, sort, onSort, onEdit } = props;
  const t = useT();
  const scrollRef = useRef<HTMLDivElement>(null);
  const gridId = useId();
  const [activeColumn, setActiveColumn] = useState(0);
  const [editing, setEditing] = useState<Editing | null>(null);

  const indexById = useMemo(() => {
    const map = new Map<number, number>();
    rows.forEach((row, index) => map.set(rowId(row), index));
    return map;
  }, [rows, rowId]);
  const selectedIndex = selectedId === null ? -1 : (indexById.get(selectedId) ?? -1);

  const rowVirtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 3,
    scrollPaddingStart: HEADER_HEIGHT,
  });
  const columnVirtualizer = useVirtualizer({
    horizontal: true,
    count: columns.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => columns[index]?.width ?? 120,
    overscan: 1,
    // Right-to-left, columns start at the right edge and scrollLeft counts down from 0.
    isRtl: t.direction === 'rtl',
  });
  useEffect(() => columnVirtualizer.measure(), [columns, columnVirtualizer]);

  // A selection made elsewhere (the map, search) scrolls its row into view.
  useEffect(() => {
    if (selectedIndex >= 0) rowVirtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, rowVirtualizer]);

  const focusGrid = useCallback(() => scrollRef.current?.focus({ preventScroll: true }), []);

  const startEditing = useCallback(
    (rowIndex: number, columnIndex: number) => {
      const row = rows[rowIndex];
      const column = columns[columnIndex];
      if (!row || !column?.edit || !onEdit) return;
      setActiveColumn(columnIndex);
      setEditing({
        rowId: rowId(row),
        columnId: column.id,
        text: column.edit.initial(row),
        saving: false,
        error: null,
      });
    },
    [rows, columns, onEdit, rowId],
  );

  const commit = useCallback(async () => {
    if (!editing || editing.saving || !onEdit) return;
    const index = indexById.get(editing.rowId);
    const row = index === undefined ? undefined : rows[index];
    const column = columns.find((entry) => entry.id === editing.columnId);
    if (!row || !column?.edit) {
      setEditing(null);
      return;
    }
    if (editing.text === column.edit.initial(row)) {
      setEditing(null);
      focusGrid();
      return;
    }
    let changes: PlaceChanges;
    try {
      changes = column.edit.toChanges(row, editing.text);
    } catch (error) {
      setEditing({ ...editing, error: errorNotice(error) });
      return;
    }
    const invalid = validationMessage(changes);
    if (invalid) {
      setEditing({ ...editing, error: invalid });
      return;
    }
    setEditing({ ...editing, saving: true, error: null });
    try {
      await onEdit(row, changes);
      setEditing(null);
      focusGrid();
    } catch (error) {
      setEditing({ ...editing, saving: false, error: errorNotice(error) });
    }
  }, [editing, onEdit, indexById, rows, columns, focusGrid]);

  const cancel = useCallback(() => {
    setEditing(null);
    focusGrid();
  }, [focusGrid]);

  const moveTo = (rowIndex: number, columnIndex: number) => {
    const nextRow = Math.max(0, Math.min(rows.length - 1, rowIndex));
    const nextColumn = Math.max(0, Math.min(columns.length - 1, columnIndex));
    setActiveColumn(nextColumn);
    columnVirtualizer.scrollToIndex(nextColumn, { align: 'auto' });
    const row = rows[nextRow];
    if (row && nextRow !== selectedIndex) onSelect(row);
    else rowVirtualizer.scrollToIndex(nextRow, { align: 'auto' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (editing || event.target !== event.currentTarget || rows.length === 0) return;
    const page = Math.max(1, Math.floor(((scrollRef.current?.clientHeight ?? 300) - HEADER_HEIGHT) / ROW_HEIGHT) - 1);
    const current = selectedIndex < 0 ? -1 : selectedIndex;
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(current + 1, activeColumn),
      ArrowUp: () => moveTo(Math.max(0, current - 1), activeColumn),
      ArrowRight: () => moveTo(Math.max(0, current), activeColumn + 1),
      ArrowLeft: () => moveTo(Math.max(0, current), activeColumn - 1),
      PageDown: () => moveTo(current + page, activeColumn),
      PageUp: () => moveTo(Math.max(0, current - page), activeColumn),
      Home: () => (event.ctrlKey ? moveTo(0, activeColumn) : moveTo(Math.max(0, current), 0)),
      End: () =>
        event.ctrlKey ? moveTo(rows.length - 1, activeColumn) : moveTo(Math.max(0, current), columns.length - 1),
      Enter: () => startEditing(current, activeColumn),
      F2: () => startEditing(current, activeColumn),
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  const virtualRows = rowVirtualizer.getVirtualItems();
  // Rows are keyed by their slot in the window, not by their id: scrolling then moves and
  // refills the same few row elements instead of building new ones for every row that comes
  // into view. New DOM nodes are only freed by a full garbage collection, which must also walk
  // the page's whole heap; rebuilding rows on every frame of a fast scroll made such collections
  // frequent and lengthy. The modulus only grows, so a slot keeps its key while the window slides.
  const slots = useRef(0);
  slots.current = Math.max(slots.current, virtualRows.length);
  const virtualColumns = columnVirtualizer.getVirtualItems();
  const totalWidth = columnVirtualizer.getTotalSize();
  const cellId = (rowIndex: number, columnIndex: number) => `${gridId}-r${rowIndex}-c${columnIndex}`;
  // What every row's cells of one column share, made once per render rather than once per cell:
  // a fast scroll renders a few hundred new cells a frame, and what they allocate adds up.
  const cellStyles = virtualColumns.map((virtualColumn) => ({
    insetInlineStart: virtualColumn.start,
    width: virtualColumn.size,
  }));
  const cellClasses = virtualColumns.map((virtualColumn) =>
    columns[virtualColumn.index]?.align === 'end' ? 'data-grid__cell data-grid__cell--end' : 'data-grid__cell',
  );
  const activeDescendant = selectedIndex >= 0 && !editing ? cellId(selectedIndex, activeColumn) : undefined;

  return (
    <div
      ref={scrollRef}
      className="data-grid"
      role="grid"
      aria-label={label}
      aria-rowcount={rows.length + 1}
      aria-colcount={columns.length}
      aria-activedescendant={activeDescendant}
      aria-readonly={onEdit ? undefined : true}
      tabIndex={0}
      data-testid={testId}
      onKeyDown={onKeyDown}
    >
      <div role="rowgroup" className="data-grid__head" style={{ width: totalWidth, height: HEADER_HEIGHT }}>
        <div role="row" aria-rowindex={1} className="data-grid__row data-grid__row--head">
          {virtualColumns.map((virtualColumn) => {
            const column = columns[virtualColumn.index];
            if (!column) return null;
            const sorted = sort?.columnId === column.id ? sort.direction : undefined;
            return (
              <div
                key={column.id}
                role="columnheader"
                aria-colindex={virtualColumn.index + 1}
                aria-sort={sorted ?? 'none'}
                className="data-grid__header"
                style={{ insetInlineStart: virtualColumn.start, width: virtualColumn.size, height: HEADER_HEIGHT }}
              >
                <button
                  type="button"
                  className="data-grid__sort"
                  tabIndex={-1}
                  data-testid={`column-${column.id}`}
                  title={column.label}
                  onClick={() => onSort(column.id)}
                >
                  <span className="data-grid__header-label">{column.label}</span>
                  {sorted && (
                    <span className="data-grid__sort-mark" aria-hidden="true">
                      {sorted === 'ascending' ? SYMBOLS.sortedAscending : SYMBOLS.sortedDescending}
                    </span>
                  )}
                </button>
              </div>
            );
          })}
        </div>
      </div>
      <div role="rowgroup" style={{ height: rowVirtualizer.getTotalSize(), width: totalWidth, position: 'relative' }}>
        {virtualRows.map((virtualRow) => {
          const row = rows[virtualRow.index];
          if (row === undefined) return null;
          const id = rowId(row);
          const selected = virtualRow.index === selectedIndex;
          const editingColumn = editing?.rowId === id ? editing.columnId : null;
          return (
            <div
              key={virtualRow.index % slots.current}
              role="row"
              aria-rowindex={virtualRow.index + 2}
              aria-selected={selected}
              className={`data-grid__row${selected ? ' data-grid__row--selected' : ''}${editingColumn !== null ? ' data-grid__row--editing' : ''}`}
              data-row-id={id}
              data-testid="table-row"
              style={{ transform: `translateY(${virtualRow.start}px)`, width: totalWidth, height: ROW_HEIGHT }}
              onClick={(event) => {
                const columnIndex = cellColumnIndex(event.target);
                if (columnIndex !== null) setActiveColumn(columnIndex);
                if (!selected) onSelect(row);
                focusGrid();
              }}
              onDoubleClick={(event) => {
                const columnIndex = cellColumnIndex(event.target);
                if (columnIndex !== null && editingColumn !== columns[columnIndex]?.id)
                  startEditing(virtualRow.index, columnIndex);
              }}
            >
              {virtualColumns.map((virtualColumn, position) => {
                const column = columns[virtualColumn.index];
                if (!column) return null;
                const isEditing = editingColumn === column.id;
                const active = selected && virtualColumn.index === activeColumn;
                return (
                  <div
                    key={column.id}
                    id={active ? cellId(virtualRow.index, virtualColumn.index) : undefined}
                    role="gridcell"
                    aria-colindex={virtualColumn.index + 1}
                    aria-readonly={column.edit && onEdit ? undefined : true}
                    className={
                      active || isEditing
                        ? `${cellClasses[position]}${active ? ' data-grid__cell--active' : ''}${isEditing ? ' data-grid__cell--editing' : ''}`
                        : cellClasses[position]
                    }
                    data-column={column.id}
                    style={cellStyles[position]}
                  >
                    {isEditing && editing && column.edit ? (
                      <CellEditor
                        column={column}
                        editing={editing}
                        onChange={(text) => setEditing({ ...editing, text, error: null })}
                        onCommit={() => void commit()}
                        onCancel={cancel}
                      />
                    ) : (
                      column.text(row)
                    )}
                  </div>
                );
              })}
            </div>
          );
        })}
      </div>
      {rows.length === 0 && <p className="data-grid__empty">{t.t(m.empty)}</p>}
    </div>
  );
}
