import { useState } from 'react';

export interface EditableFieldProps {
  label: string;
  value: string;
  /** Called when the rep leaves the field with a changed value (or presses Enter). */
  save: (value: string) => void;
  type?: 'text' | 'email' | 'url';
  multiline?: boolean;
  disabled?: boolean;
}

/** A field edited in place: what is stored shows, and a change is saved as soon as the rep leaves it. */
export function EditableField({ label, value, save, type = 'text', multiline = false, disabled }: EditableFieldProps) {
  const [draft, setDraft] = useState(value);
  const [stored, setStored] = useState(value);
  // A reload that brings a new stored value shows it; a refused save keeps what the rep typed.
  if (value !== stored) {
    setStored(value);
    setDraft(value);
  }
  const commit = () => {
    if (draft !== value) save(draft);
  };
  return (
    <label className="field">
      <span>{label}</span>
      {multiline ? (
        <textarea
          value={draft}
          disabled={disabled}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={commit}
        />
      ) : (
        <input
          type={type}
          value={draft}
          disabled={disabled}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={commit}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit();
          }}
        />
      )}
    </label>
  );
}
