import { useId, useState } from 'react';
import type { CadenceStep } from '@/lib/core/model/cadence';
import { messageOf } from '../settings/describe-field';
import { findCadenceProblems, hasProblems } from './cadence-problems';
import { StepFields } from './StepFields';

export interface CadenceDraftForm {
  /** Absent for a new playbook: the worker picks the id. */
  id?: string;
  name: string;
  steps: CadenceStep[];
}

export interface CadenceEditorProps {
  initial: CadenceDraftForm;
  enrolledCount: number;
  onSave: (draft: CadenceDraftForm) => Promise<void>;
  onCancel: () => void;
}

/** A new step comes a week after the last one, the usual spacing late in a cadence. */
function nextStep(steps: CadenceStep[]): CadenceStep {
  return { day: Math.min((steps.at(-1)?.day ?? 0) + 7, 366), channels: ['email'] };
}

export function CadenceEditor({ initial, enrolledCount, onSave, onCancel }: CadenceEditorProps) {
  const [draft, setDraft] = useState(initial);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  // An id is needed only to satisfy the schema while checking; the worker assigns the real one.
  const problems = findCadenceProblems({ ...draft, id: draft.id ?? 'new' });
  const invalid = hasProblems(problems);

  function setStep(index: number, step: CadenceStep) {
    setDraft({ ...draft, steps: draft.steps.map((current, position) => (position === index ? step : current)) });
  }

  async function save() {
    setBusy(true);
    setSaveError(null);
    try {
      await onSave(draft);
    } catch (error) {
      setSaveError(messageOf(error));
      setBusy(false);
    }
  }

  return (
    <form
      aria-label={initial.id ? `Edit ${initial.name}` : 'New playbook'}
      onSubmit={(event) => {
        event.preventDefault();
        if (!invalid) void save();
      }}
    >
      <label htmlFor={`${id}-name`}>Playbook name</label>{' '}
      <input
        id={`${id}-name`}
        value={draft.name}
        aria-invalid={problems.name !== undefined}
        aria-describedby={problems.name ? `${id}-name-error` : undefined}
        onChange={(event) => setDraft({ ...draft, name: event.target.value })}
      />
      {problems.name ? (
        <p id={`${id}-name-error`} className="field-error" role="alert">
          {problems.name}
        </p>
      ) : null}
      {enrolledCount > 0 ? (
        <p className="muted">
          {enrolledCount === 1 ? '1 prospect is' : `${enrolledCount} prospects are`} in this playbook; they keep their
          progress when you save.
        </p>
      ) : null}
      {draft.steps.map((step, index) => (
        <StepFields
          key={index}
          number={index + 1}
          step={step}
          problems={problems.perStep[index] ?? []}
          onChange={(changed) => setStep(index, changed)}
          onRemove={() => setDraft({ ...draft, steps: draft.steps.filter((_, position) => position !== index) })}
        />
      ))}
      {problems.steps ? (
        <p className="field-error" role="alert">
          {problems.steps}
        </p>
      ) : null}
      <button type="button" onClick={() => setDraft({ ...draft, steps: [...draft.steps, nextStep(draft.steps)] })}>
        Add step
      </button>
      <button type="submit" disabled={invalid || busy}>
        Save playbook
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
      {saveError ? <p role="alert">{saveError}</p> : null}
    </form>
  );
}
