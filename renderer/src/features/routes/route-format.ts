import { routeMessages as m } from '../../../../shared/i18n/messages/ui/routes.js';
import type { Translator } from '../../../../shared/i18n/translator.js';

// Lengths and times as a walker reads them, in the reader's language: "850 m", "2.4 km",
// "1 h 05 min". Rounded for reading: the backend keeps the exact values.

export function formatLength(t: Translator, metres: number): string {
  const rounded = Math.round(metres);
  return rounded < 1000
    ? t.t(m.lengthMetres, { metres: rounded })
    : t.t(m.lengthKilometres, { kilometres: Math.round(metres / 100) / 10 });
}

export function formatDuration(t: Translator, seconds: number): string {
  const minutes = Math.max(0, Math.round(seconds / 60));
  return t.t(m.duration, { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
}

/** A difference (saved or added), always positive, e.g. for "saves 300 m and 4 min". */
export function formatSaving(t: Translator, metres: number, seconds: number): string {
  return t.t(m.saving, {
    length: formatLength(t, Math.abs(metres)),
    duration: formatDuration(t, Math.abs(seconds)),
  });
}

/** A time of day stored as HH:MM, as the reader's language writes it ("10:15", "10:15 AM"). */
export function formatClock(t: Translator, time: string): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return new Intl.DateTimeFormat(t.formattingLocale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(
    Date.UTC(2000, 0, 1, hours, minutes),
  );
}
