import { useId, useState } from 'react';

interface FieldProps {
  label: string;
  error: string | undefined;
}

function FieldError({ id, error }: { id: string; error: string | undefined }) {
  return error ? (
    <span id={id} className="field-error" role="alert">
      {' '}
      {error}
    </span>
  ) : null;
}

export interface TextSettingProps extends FieldProps {
  type?: 'text' | 'time' | 'number' | 'date';
  value: string;
  multiline?: boolean;
  hint?: string;
  onCommit: (text: string) => void;
}

/**
 * Saved when the rep leaves the field (or picks a date/time): a half-typed value is not a change.
 * The text stays as typed when it is refused, so nothing is reset behind the rep's back.
 */
export function TextSetting({ label, type = 'text', value, multiline, hint, error, onCommit }: TextSettingProps) {
  const id = useId();
  const [text, setText] = useState(value);
  const shared = {
    id,
    value: text,
    'aria-invalid': error !== undefined,
    'aria-describedby': error ? `${id}-error` : undefined,
    onBlur: () => {
      if (text !== value || error) onCommit(text);
    },
  };
  return (
    <p>
      <label htmlFor={id}>{label}</label>{' '}
      {multiline ? (
        <textarea {...shared} rows={3} onChange={(event) => setText(event.target.value)} />
      ) : (
        <input
          {...shared}
          type={type}
          onChange={(event) => {
            setText(event.target.value);
            // Date pickers have no typing in between: the pick is the change.
            if (type === 'date') onCommit(event.target.value);
          }}
        />
      )}
      {hint ? <span className="muted"> {hint}</span> : null}
      <FieldError id={`${id}-error`} error={error} />
    </p>
  );
}

export interface CheckSettingProps extends FieldProps {
  checked: boolean;
  onCommit: (checked: boolean) => void;
}

export function CheckSetting({ label, checked, error, onCommit }: CheckSettingProps) {
  const id = useId();
  return (
    <p>
      <input
        id={id}
        type="checkbox"
        checked={checked}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => onCommit(event.target.checked)}
      />{' '}
      <label htmlFor={id}>{label}</label>
      <FieldError id={`${id}-error`} error={error} />
    </p>
  );
}

export const WEEK_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
/** Listed Monday first, as a working week reads; stored as Date#getDay numbers. */
const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0];

export interface WorkingDaysProps extends FieldProps {
  days: number[];
  onCommit: (days: number[]) => void;
}

/** The rep's ticks stay as ticked even when refused (none at all), so the message matches the screen. */
export function WorkingDaysSetting({ label, days, error, onCommit }: WorkingDaysProps) {
  const id = useId();
  const [ticked, setTicked] = useState(days);
  return (
    <fieldset aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{label}</legend>
      {WEEK_ORDER.map((day) => (
        <label key={day}>
          <input
            type="checkbox"
            checked={ticked.includes(day)}
            onChange={(event) => {
              const next = event.target.checked
                ? [...ticked, day].sort((first, second) => first - second)
                : ticked.filter((other) => other !== day);
              setTicked(next);
              onCommit(next);
            }}
          />{' '}
          {WEEK_DAYS[day]}{' '}
        </label>
      ))}
      <FieldError id={`${id}-error`} error={error} />
    </fieldset>
  );
}
