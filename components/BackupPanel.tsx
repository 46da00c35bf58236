import { useStepRunner } from './use-step-runner';
import { useId, type ChangeEvent } from 'react';
import { describeCounts } from './describe-counts';
import { readBackupText } from '@/lib/core/backup';

export type RestoreMode = 'replace' | 'merge';
type Counts = Record<string, number>;

export interface BackupPanelProps {
  downloadBackup: () => Promise<void>;
  previewBackup: (document: unknown) => Promise<Counts>;
  restoreBackup: (document: unknown, mode: RestoreMode) => Promise<Counts>;
}

type Step =
  | { kind: 'idle' }
  | { kind: 'confirm'; document: unknown; fileName: string; counts: Counts }
  | { kind: 'done'; message: string };

export function BackupPanel({ downloadBackup, previewBackup, restoreBackup }: BackupPanelProps) {
  const { step, setStep, run } = useStepRunner<Step>({ kind: 'idle' });
  const inputId = useId();

  function onFileChosen(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    void run(`Reading ${file.name}…`, async () => {
      const document = readBackupText(await file.text(), file.name);
      return { kind: 'confirm', document, fileName: file.name, counts: await previewBackup(document) };
    });
  }

  function onRestore(document: unknown, mode: RestoreMode) {
    void run('Restoring…', async () => {
      const counts = await restoreBackup(document, mode);
      return { kind: 'done', message: `Restored ${describeCounts(counts)}.` };
    });
  }

  return (
    <section aria-labelledby={`${inputId}-heading`} className="panel">
      <h2 id={`${inputId}-heading`}>Backup</h2>
      <p>Everything Fifth Touch knows stays in this browser. Keep a backup file somewhere safe.</p>
      <button
        type="button"
        onClick={() =>
          void run('Preparing your backup…', async () => {
            await downloadBackup();
            return { kind: 'done', message: 'Backup downloaded.' };
          })
        }
      >
        Download backup
      </button>
      <label htmlFor={inputId} className="file-label">
        Restore backup
      </label>
      <input id={inputId} type="file" accept="application/json,.json" onChange={onFileChosen} />
      {step.kind === 'busy' ? <p aria-live="polite">{step.message}</p> : null}
      {step.kind === 'done' ? <p role="status">{step.message}</p> : null}
      {step.kind === 'failed' ? <p role="alert">{step.message}</p> : null}
      {step.kind === 'confirm' ? (
        <div role="group" aria-label="Confirm restore">
          <p>
            {step.fileName} holds {describeCounts(step.counts)}. Replace your data with it, or merge it into your data?
          </p>
          <button type="button" onClick={() => onRestore(step.document, 'replace')}>
            Replace my data
          </button>
          <button type="button" onClick={() => onRestore(step.document, 'merge')}>
            Merge into my data
          </button>
          <button type="button" onClick={() => setStep({ kind: 'idle' })}>
            Cancel
          </button>
        </div>
      ) : null}
    </section>
  );
}
