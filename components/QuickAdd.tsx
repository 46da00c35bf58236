import { useState, type FormEvent } from 'react';

export interface QuickAddDraft {
  name: string;
  contact: string;
}

export interface QuickAddProps {
  add: (draft: QuickAddDraft) => Promise<string>;
}

/** A prospect met elsewhere (a call, an event): name plus an email or LinkedIn URL starts the playbook. */
export function QuickAdd({ add }: QuickAddProps) {
  const [name, setName] = useState('');
  const [contact, setContact] = useState('');
  const [message, setMessage] = useState<{ kind: 'status' | 'alert'; text: string } | null>(null);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    add({ name: name.trim(), contact: contact.trim() }).then(
      (text) => {
        setMessage({ kind: 'status', text });
        setName('');
        setContact('');
      },
      (error: unknown) => setMessage({ kind: 'alert', text: error instanceof Error ? error.message : String(error) }),
    );
  }

  return (
    <form className="quick-add" onSubmit={onSubmit} aria-label="Quick add">
      <label>
        Name
        <input value={name} onChange={(event) => setName(event.target.value)} required />
      </label>
      <label>
        Email or LinkedIn URL
        <input value={contact} onChange={(event) => setContact(event.target.value)} />
      </label>
      <button type="submit">Add prospect</button>
      {message ? <p role={message.kind}>{message.text}</p> : null}
    </form>
  );
}
