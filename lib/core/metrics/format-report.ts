import type { NextStep } from './weekly-report-schema';

/** "45 min", "2 h 5 min", "3 d 4 h": the scale a rep reads speed to lead in. */
export function formatMinutes(minutes: number | null): string {
  if (minutes === null) return '—';
  const whole = Math.round(minutes);
  if (whole < 60) return `${whole} min`;
  if (whole < 24 * 60) return `${Math.floor(whole / 60)} h${whole % 60 ? ` ${whole % 60} min` : ''}`;
  const hours = Math.round(whole / 60);
  return `${Math.floor(hours / 24)} d${hours % 24 ? ` ${hours % 24} h` : ''}`;
}

export function formatPercent(percent: number | null): string {
  return percent === null ? '—' : `${Math.round(percent)}%`;
}

/** One decimal, without a trailing ".0". */
export function formatDecimal(value: number | null): string {
  return value === null ? '—' : String(Math.round(value * 10) / 10);
}

/**
 * The parts of a date in a zone, from Intl rather than date-fns' `format`, which would bring its
 * locale tables (about 7 KB gzipped) into the options page for two date formats.
 */
function partsOf(date: Date, timeZone: string, options: Intl.DateTimeFormatOptions): Record<string, string> {
  const formatter = new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...options,
  });
  return Object.fromEntries(formatter.formatToParts(date).map((part) => [part.type, part.value]));
}

/** "Mon 9 Nov 09:00" in the rep's zone. */
export function formatDayTime(iso: string, timeZone: string): string {
  const { weekday, day, month, hour, minute } = partsOf(new Date(iso), timeZone, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return `${weekday} ${day} ${month} ${hour}:${minute}`;
}

/** A calendar day as written, read at noon UTC so no zone can move it to the day before. */
export function formatDay(day: string): string {
  const parts = partsOf(new Date(`${day}T12:00:00Z`), 'UTC', { year: 'numeric' });
  return `${parts.weekday} ${parts.day} ${parts.month} ${parts.year}`;
}

export function describeNextStep(next: NextStep, timeZone: string): string {
  if (next.stage === 'not-enrolled') return 'Not in a playbook';
  if (next.stage === 'finished') return 'Playbook finished';
  const step = `Step ${next.stepNumber} of ${next.stepCount}: ${next.channels.join(', ')}`;
  if (next.stage === 'paused') return `${step} (paused)`;
  return next.dueAt ? `${step}, due ${formatDayTime(next.dueAt, timeZone)}` : step;
}
