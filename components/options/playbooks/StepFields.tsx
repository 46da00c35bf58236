import { useId } from 'react';
import { CHANNEL_LABELS, CHANNELS, type Channel } from '@/lib/core/model/channel';
import type { CadenceStep } from '@/lib/core/model/cadence';
import { CONTENT_KINDS, type ContentKind } from '@/lib/core/model/content-kind';
import { wholeNumberOf } from '../settings/describe-field';

export interface StepFieldsProps {
  number: number;
  step: CadenceStep;
  problems: string[];
  onChange: (step: CadenceStep) => void;
  onRemove: () => void;
}

function toggled(channels: Channel[], channel: Channel, on: boolean): Channel[] {
  // Kept in the order the app lists channels, so a saved step reads the same every time.
  return CHANNELS.filter((candidate) => (candidate === channel ? on : channels.includes(candidate)));
}

/** One step of a playbook: its day, channels and optional intent, with what is wrong beside it. */
export function StepFields({ number, step, problems, onChange, onRemove }: StepFieldsProps) {
  const id = useId();
  const errorId = `${id}-problems`;
  const invalid = problems.length > 0;
  return (
    <fieldset className="step" aria-describedby={invalid ? errorId : undefined}>
      <legend>Step {number}</legend>
      <label>
        Day{' '}
        <input
          type="number"
          min={1}
          max={366}
          value={Number.isNaN(step.day) ? '' : step.day}
          aria-invalid={invalid}
          onChange={(event) => onChange({ ...step, day: wholeNumberOf(event.target.value) })}
        />
      </label>
      <fieldset className="channels">
        <legend>Channels</legend>
        {CHANNELS.map((channel) => (
          <label key={channel}>
            <input
              type="checkbox"
              checked={step.channels.includes(channel)}
              onChange={(event) =>
                onChange({ ...step, channels: toggled(step.channels, channel, event.target.checked) })
              }
            />{' '}
            {CHANNEL_LABELS[channel]}
          </label>
        ))}
      </fieldset>
      <label>
        Intent{' '}
        <select
          value={step.intent ?? ''}
          onChange={(event) => {
            const { intent: _previous, ...rest } = step;
            const value = event.target.value as ContentKind | '';
            onChange(value === '' ? rest : { ...rest, intent: value });
          }}
        >
          <option value="">None</option>
          {CONTENT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {kind}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={onRemove}>
        Remove step {number}
      </button>
      {invalid ? (
        <p id={errorId} className="field-error" role="alert">
          {problems.join(' ')}
        </p>
      ) : null}
    </fieldset>
  );
}
