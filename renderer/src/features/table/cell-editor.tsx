import { useId, type KeyboardEvent } from 'react';
import { commonMessages } from '../../../../shared/i18n/messages/ui/common.js';
import { DateField } from '../../app/date-field.js';
import { useT } from '../../i18n/i18n-context.js';
import { noticeText, type Notice } from '../../i18n/notice.js';
import type { Column } from './column.js';

// The editor of one cell of the grid: a text, number or date field, or a drop-down, with the
// saving note and the refusal's message under it. Enter saves, Escape cancels.

export interface Editing {
  rowId: number;
  columnId: string;
  text: string;
  saving: boolean;
  error: Notice | null;
}

interface CellEditorProps<Row> {
  column: Column<Row>;
  editing: Editing;
  onChange(text: string): void;
  onCommit(): void;
  onCancel(): void;
}

export function CellEditor<Row>({ column, editing, onChange, onCommit, onCancel }: CellEditorProps<Row>) {
  const t = useT();
  const errorId = useId();
  const common = {
    className: 'data-grid__editor',
    autoFocus: true,
    value: editing.text,
    disabled: editing.saving,
    'aria-label': column.label,
    'aria-invalid': editing.error ? true : undefined,
    'aria-describedby': editing.error ? errorId : undefined,
    'data-testid': 'cell-editor',
    onBlur: () => {
      // NOTE: after a failed save the editor stays open with its message; leaving it does not
      // retry the same refused value on every blur.
      if (!editing.error) onCommit();
    },
    onKeyDown: (event: KeyboardEvent<HTMLInputElement | HTMLSelectElement>) => {
      event.stopPropagation();
      if (event.key === 'Enter') {
        event.preventDefault();
        onCommit();
      } else if (event.key === 'Escape') {
        event.preventDefault();
        onCancel();
      }
    },
  };
  return (
    <>
      {column.edit?.kind === 'date' ? (
        <DateField {...common} onChange={onChange} />
      ) : column.edit?.kind === 'select' ? (
        <select {...common} onChange={(event) => onChange(event.target.value)}>
          {column.edit.options?.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...common}
          inputMode={column.edit?.kind === 'number' ? 'decimal' : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
      {editing.saving && <span className="data-grid__saving">{t.t(commonMessages.saving)}</span>}
      {editing.error && (
        <span id={errorId} className="data-grid__error" role="alert" data-testid="cell-error">
          {noticeText(t, editing.error)}
        </span>
      )}
    </>
  );
}
