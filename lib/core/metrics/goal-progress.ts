import type { MonthlyGoals } from '../model';
import { formatDecimal, formatMinutes, formatPercent } from './format-report';
import type { MonthProgress } from './weekly-report-schema';

export interface GoalLine {
  goal: string;
  target: string;
  thisMonth: { value: string; met: boolean };
  lastMonth: { value: string; met: boolean };
}

interface GoalRule {
  goal: string;
  target: (goals: MonthlyGoals) => string;
  value: (month: MonthProgress) => number | null;
  show: (value: number | null) => string;
  /** A month with nothing to measure has not met a goal. */
  met: (value: number, goals: MonthlyGoals) => boolean;
}

const RULES: GoalRule[] = [
  {
    goal: 'Median time to first touch',
    target: (goals) => `at most ${formatMinutes(goals.firstTouchMinutes)}`,
    value: (month) => month.medianFirstTouchMinutes,
    show: formatMinutes,
    met: (value, goals) => value <= goals.firstTouchMinutes,
  },
  {
    goal: 'Touches per lead',
    target: (goals) => `at least ${goals.touchesPerLead}`,
    value: (month) => month.touchesPerLead,
    show: formatDecimal,
    met: (value, goals) => value >= goals.touchesPerLead,
  },
  {
    goal: 'Leads followed up',
    target: (goals) => `at least ${goals.followedUpPercent}%`,
    value: (month) => month.followedUpPercent,
    show: formatPercent,
    met: (value, goals) => value >= goals.followedUpPercent,
  },
  {
    goal: 'Meetings',
    target: (goals) => `at least ${goals.meetings}`,
    value: (month) => month.meetings,
    show: (value) => String(value ?? 0),
    met: (value, goals) => value >= goals.meetings,
  },
];

/** Each goal beside this month's and last month's figure, and whether the figure meets it. */
export function goalLines(goals: MonthlyGoals, thisMonth: MonthProgress, lastMonth: MonthProgress): GoalLine[] {
  const measure = (rule: GoalRule, month: MonthProgress) => {
    const value = rule.value(month);
    return { value: rule.show(value), met: value !== null && rule.met(value, goals) };
  };
  return RULES.map((rule) => ({
    goal: rule.goal,
    target: rule.target(goals),
    thisMonth: measure(rule, thisMonth),
    lastMonth: measure(rule, lastMonth),
  }));
}
