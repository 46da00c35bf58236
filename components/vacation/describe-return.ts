import type { VacationReturn } from '@/lib/core/model';

function count(value: number, one: string, many: string): string {
  return `${value} ${value === 1 ? one : many}`;
}

/** "Welcome back — 14 steps for 9 prospects moved by 6 working days…": what the return moved, in words. */
export function describeReturn(summary: VacationReturn): string {
  const days = count(summary.workingDays, 'working day', 'working days');
  const tasks = summary.tasks > 0 ? `, and ${count(summary.tasks, 'to-do', 'to-dos')} with them` : '';
  if (summary.steps === 0 && summary.tasks === 0) {
    return `Welcome back — nothing fell due while you were away; the rest of each playbook moved by ${days}.`;
  }
  if (summary.steps === 0) return `Welcome back — ${count(summary.tasks, 'to-do', 'to-dos')} moved by ${days}.`;
  const steps = `${count(summary.steps, 'step', 'steps')} for ${count(summary.prospects, 'prospect', 'prospects')}`;
  return `Welcome back — ${steps} moved by ${days}${tasks}, so nothing waits as overdue.`;
}

/** The day a pause ends, as the rep picked it: "Tue, 1 Dec". */
export function describePauseEnd(pausedUntil: string): string {
  return new Date(pausedUntil).toLocaleDateString(undefined, { weekday: 'short', day: 'numeric', month: 'short' });
}
