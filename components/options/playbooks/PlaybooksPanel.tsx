import { useCallback, useId, useState, type ChangeEvent } from 'react';
import type { Cadence } from '@/lib/core/model/cadence';
import { useLoaded } from '../../use-loaded';
import { messageOf } from '../settings/describe-field';
import { CadenceEditor, type CadenceDraftForm } from './CadenceEditor';
import { PlaybookList, type CadenceListing } from './PlaybookList';

export interface PlaybooksPanelProps {
  listCadences: () => Promise<CadenceListing[]>;
  saveCadence: (draft: CadenceDraftForm) => Promise<{ refitted: number }>;
  deleteCadence: (id: string) => Promise<void>;
  resetDefaultCadence: () => Promise<void>;
  exportPlaybook: (id: string) => Promise<void>;
  importPlaybook: (document: unknown) => Promise<{ cadence: Cadence; addedContent: number }>;
}

type Editing = { draft: CadenceDraftForm; enrolledCount: number } | null;
type Notice = { kind: 'status' | 'alert'; message: string } | null;
type Confirm = { message: string; yes: string; action: () => Promise<string> } | null;

const NEW_PLAYBOOK: CadenceDraftForm = { name: 'New playbook', steps: [{ day: 1, channels: ['email'] }] };

function parseJson(text: string, fileName: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`${fileName} is not a playbook file: it is not valid JSON. Nothing was changed.`);
  }
}

export function PlaybooksPanel(props: PlaybooksPanelProps) {
  const [version, setVersion] = useState(0);
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [confirm, setConfirm] = useState<Confirm>(null);
  const { listCadences } = props;
  const loaded = useLoaded(
    useCallback(() => listCadences(), [listCadences]),
    version,
  );
  const id = useId();

  async function run(action: () => Promise<string>) {
    setConfirm(null);
    try {
      setNotice({ kind: 'status', message: await action() });
      setVersion((current) => current + 1);
    } catch (error) {
      setNotice({ kind: 'alert', message: messageOf(error) });
    }
  }

  async function save(draft: CadenceDraftForm) {
    const { refitted } = await props.saveCadence(draft);
    setEditing(null);
    const kept =
      refitted > 0 ? ` ${refitted === 1 ? '1 prospect keeps' : `${refitted} prospects keep`} their progress.` : '';
    setNotice({ kind: 'status', message: `Saved ${draft.name.trim()}.${kept}` });
    setVersion((current) => current + 1);
  }

  function onImportChosen(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    void run(async () => {
      const { cadence, addedContent } = await props.importPlaybook(parseJson(await file.text(), file.name));
      return `Imported ${cadence.name} with ${addedContent === 1 ? '1 new content piece' : `${addedContent} new content pieces`}.`;
    });
  }

  if (editing) {
    return (
      <section aria-labelledby={`${id}-heading`} className="panel">
        <h2 id={`${id}-heading`}>Playbooks</h2>
        <CadenceEditor
          initial={editing.draft}
          enrolledCount={editing.enrolledCount}
          onSave={save}
          onCancel={() => setEditing(null)}
        />
      </section>
    );
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="panel">
      <h2 id={`${id}-heading`}>Playbooks</h2>
      {loaded.state === 'loading' ? <p>Loading playbooks…</p> : null}
      {loaded.state === 'failed' ? <p role="alert">{loaded.message}</p> : null}
      {loaded.state === 'ready' ? (
        <PlaybookList
          listings={loaded.value}
          onEdit={({ cadence, enrolledCount }) => setEditing({ draft: cadence, enrolledCount })}
          onDuplicate={(cadence) =>
            setEditing({ draft: { name: `${cadence.name} (copy)`, steps: cadence.steps }, enrolledCount: 0 })
          }
          onExport={(cadence) =>
            void run(async () => (await props.exportPlaybook(cadence.id), `Exported ${cadence.name}.`))
          }
          onDelete={({ cadence }) =>
            setConfirm({
              message: `Delete ${cadence.name}? This cannot be undone.`,
              yes: 'Delete it',
              action: async () => (await props.deleteCadence(cadence.id), `Deleted ${cadence.name}.`),
            })
          }
        />
      ) : null}
      <button type="button" onClick={() => setEditing({ draft: NEW_PLAYBOOK, enrolledCount: 0 })}>
        New playbook
      </button>
      <button
        type="button"
        onClick={() =>
          setConfirm({
            message:
              'Put the 28-day playbook back as shipped? Your changes to it are lost; prospects keep their progress.',
            yes: 'Reset it',
            action: async () => (await props.resetDefaultCadence(), 'The default playbook is back as shipped.'),
          })
        }
      >
        Reset the default playbook
      </button>
      <label htmlFor={`${id}-import`} className="file-label">
        Import playbook
      </label>
      <input id={`${id}-import`} type="file" accept="application/json,.json" onChange={onImportChosen} />
      {confirm ? (
        <div role="group" aria-label="Please confirm">
          <p>{confirm.message}</p>
          <button type="button" onClick={() => void run(confirm.action)}>
            {confirm.yes}
          </button>
          <button type="button" onClick={() => setConfirm(null)}>
            Cancel
          </button>
        </div>
      ) : null}
      {notice ? <p role={notice.kind}>{notice.message}</p> : null}
    </section>
  );
}
