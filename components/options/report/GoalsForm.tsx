import { useState, type FormEvent } from 'react';
import { MonthlyGoals } from '@/lib/core/model/goals';
import { describeField, wholeNumberOf } from '../settings/describe-field';
import { useStepRunner } from '../../use-step-runner';

export interface GoalsFormProps {
  goals: MonthlyGoals;
  saveGoals: (goals: MonthlyGoals) => Promise<MonthlyGoals>;
  onSaved: () => void;
}

const FIELDS: { key: keyof MonthlyGoals; label: string; whole: boolean }[] = [
  { key: 'firstTouchMinutes', label: 'Median time to first touch, at most (minutes)', whole: true },
  { key: 'touchesPerLead', label: 'Touches per lead, at least', whole: false },
  { key: 'followedUpPercent', label: 'Leads followed up, at least (%)', whole: true },
  { key: 'meetings', label: 'Meetings, at least', whole: true },
];

type Typed = Record<keyof MonthlyGoals, string>;

/** The goals as typed, or each field's problem in a sentence that names it as its label does. */
function readGoals(typed: Typed): MonthlyGoals {
  const problems: string[] = [];
  const values = FIELDS.map(({ key, label, whole }) => {
    const text = typed[key].trim();
    const value = whole ? wholeNumberOf(text) : text === '' ? Number.NaN : Number(text);
    if (!whole && Number.isNaN(value)) problems.push(`${label} needs a number.`);
    else {
      const checked = MonthlyGoals.shape[key].safeParse(value);
      if (!checked.success) problems.push(describeField(label, checked.error.issues));
    }
    return [key, value];
  });
  if (problems.length) throw new Error(`These goals were not saved. ${problems.join(' ')}`);
  return MonthlyGoals.parse(Object.fromEntries(values));
}

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
      await saveGoals(readGoals(typed));
      onSaved();
      return { kind: 'done', message: 'Goals saved.' };
    });
  }

  return (
    <form aria-label="Monthly goals" onSubmit={onSubmit}>
      {FIELDS.map(({ key, label, whole }) => (
        <p key={key}>
          <label>
            {label}{' '}
            <input
              type="number"
              min="0"
              step={whole ? '1' : '0.1'}
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
