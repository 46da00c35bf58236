import { useState, type FormEvent } from 'react';
import { MonthlyGoals } from '@/lib/core/model/goals';
import { describeIssues } from '@/lib/core/validation/describe-issues';
import { useStepRunner } from '../../use-step-runner';

export interface GoalsFormProps {
  goals: MonthlyGoals;
  saveGoals: (goals: MonthlyGoals) => Promise<MonthlyGoals>;
  onSaved: () => void;
}

const FIELDS: { key: keyof MonthlyGoals; label: string; step: string }[] = [
  { key: 'firstTouchMinutes', label: 'Median time to first touch, at most (minutes)', step: '1' },
  { key: 'touchesPerLead', label: 'Touches per lead, at least', step: '0.1' },
  { key: 'followedUpPercent', label: 'Leads followed up, at least (%)', step: '1' },
  { key: 'meetings', label: 'Meetings, at least', step: '1' },
];

type Typed = Record<keyof MonthlyGoals, string>;

function typedOf(goals: MonthlyGoals): Typed {
  return Object.fromEntries(FIELDS.map(({ key }) => [key, String(goals[key])])) as Typed;
}

/** Sets this month's targets; they are kept with the settings and every month is measured against them. */
export function GoalsForm({ goals, saveGoals, onSaved }: GoalsFormProps) {
  const [typed, setTyped] = useState(() => typedOf(goals));
  const { step, run } = useStepRunner<{ kind: 'idle' } | { kind: 'done'; message: string }>({ kind: 'idle' });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void run('Saving goals…', async () => {
      const candidate = Object.fromEntries(
        FIELDS.map(({ key }) => [key, typed[key].trim() === '' ? NaN : Number(typed[key])]),
      );
      const parsed = MonthlyGoals.safeParse(candidate);
      if (!parsed.success) throw new Error(`These goals were not saved: ${describeIssues(parsed.error)}`);
      await saveGoals(parsed.data);
      onSaved();
      return { kind: 'done', message: 'Goals saved.' };
    });
  }

  return (
    <form aria-label="Monthly goals" onSubmit={onSubmit}>
      {FIELDS.map(({ key, label, step: increment }) => (
        <p key={key}>
          <label>
            {label}{' '}
            <input
              type="number"
              min="0"
              step={increment}
              value={typed[key]}
              onChange={(event) => setTyped({ ...typed, [key]: event.target.value })}
            />
          </label>
        </p>
      ))}
      <button type="submit">Save goals</button>
      {step.kind === 'busy' ? <p aria-live="polite">{step.message}</p> : null}
      {step.kind === 'done' ? <p role="status">{step.message}</p> : null}
      {step.kind === 'failed' ? <p role="alert">{step.message}</p> : null}
    </form>
  );
}
