import { useRef, useState, type InputHTMLAttributes } from 'react';
import { commonMessages as m } from '../../../shared/i18n/messages/ui/common.js';
import { useT } from '../i18n/i18n-context.js';
import { dateExample, formatDateInput, isIsoDate, parseDateInput } from '../i18n/date-input.js';

// The one way a date is typed in the app (events, links, annotations, filters, custom date fields,
// table cells): shown in the app's date format of the language, read in that format or as ISO,
// stored as ISO (YYYY-MM-DD). A calendar button opens the browser's date picker.

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type' | 'defaultValue'>;

export interface DateFieldProps extends InputProps {
  /** The stored day (ISO), '' for none; other text is shown as it is. */
  value: string;
  /**
   * The typed day as ISO; '' when emptied; the text itself when it is no day (the form's check or
   * the backend then says what is wrong with it).
   */
  onChange(value: string): void;
  'data-testid'?: string;
}

export function DateField({ value, onChange, className, onBlur, disabled, ...input }: DateFieldProps) {
  const t = useT();
  const pickerRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(() => formatDateInput(t, value));
  // The value and language the text was last made from: a new value from outside (a reset, an
  // undo) or a language switch shows the day again in the app's format.
  const [shown, setShown] = useState({ value, translator: t });
  if (shown.value !== value || shown.translator !== t) {
    const typed = parseDateInput(t, text) ?? (text.trim() === '' ? '' : text);
    if (typed !== value || shown.translator !== t) setText(formatDateInput(t, value));
    setShown({ value, translator: t });
  }
  const trimmed = text.trim();
  const invalid = trimmed !== '' && parseDateInput(t, trimmed) === null;
  const example = dateExample(t);

  return (
    <span className={`date-field${className ? ` ${className}` : ''}`}>
      <input
        {...input}
        className="input date-field__input"
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        disabled={disabled}
        value={text}
        placeholder={t.t(m.dateExample, { example })}
        title={invalid ? t.t(m.invalidDate, { example, isoExample: '2026-12-31' }) : undefined}
        aria-invalid={input['aria-invalid'] ?? (invalid || undefined)}
        data-date-field=""
        onChange={(event) => {
          const next = event.target.value;
          setText(next);
          const parsed = parseDateInput(t, next);
          onChange(parsed ?? (next.trim() === '' ? '' : next));
        }}
        onBlur={(event) => {
          const parsed = parseDateInput(t, text);
          if (parsed) setText(formatDateInput(t, parsed));
          onBlur?.(event);
        }}
      />
      <button
        type="button"
        className="date-field__pick"
        aria-label={t.t(m.pickDate)}
        title={t.t(m.pickDate)}
        disabled={disabled}
        tabIndex={-1}
        onClick={() => {
          const picker = pickerRef.current;
          if (!picker) return;
          picker.value = isIsoDate(value) ? value : '';
          try {
            picker.showPicker();
          } catch {
            // NOTE: showPicker needs a user gesture and a visible page; typing works all the same.
          }
        }}
      >
        <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
          <path
            d="M5 5h14v15H5zM5 10h14M9 3v4M15 3v4"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
      </button>
      <input
        ref={pickerRef}
        type="date"
        className="date-field__picker"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(event) => {
          const picked = event.target.value;
          if (!isIsoDate(picked)) return;
          setText(formatDateInput(t, picked));
          onChange(picked);
        }}
      />
    </span>
  );
}
