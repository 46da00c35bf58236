import type { Queue } from '../queue/queue-item';

export const BADGE_COLORS = {
  /** Something is due from an earlier day: the rep is behind. */
  overdue: '#B42318',
  /** The brand teal of the icon: work for today, nothing late. */
  calm: '#0F766E',
} as const;

export interface Badge {
  text: string;
  color: string;
}

/** The toolbar shows how many touches are due today; it stays empty when none are, so zero is calm. */
export function badgeFor(counts: Pick<Queue['counts'], 'dueToday' | 'overdue'>): Badge {
  const text = counts.dueToday === 0 ? '' : counts.dueToday > 99 ? '99+' : String(counts.dueToday);
  return { text, color: counts.overdue > 0 ? BADGE_COLORS.overdue : BADGE_COLORS.calm };
}
