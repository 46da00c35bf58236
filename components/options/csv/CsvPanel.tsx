import { useStepRunner } from '../../use-step-runner';
import { useId, type ChangeEvent } from 'react';
import { guessMapping, readCsvFile, type ColumnMapping, type CsvTable, type MappedRow } from '@/lib/core/csv';
import { CsvImport } from './CsvImport';
import { plural } from './plural';

export interface ImportCounts {
  created: number;
  merged: number;
}

export interface CsvPanelProps {
  importProspects: (rows: MappedRow[]) => Promise<ImportCounts>;
  exportProspects: () => Promise<void>;
  exportTouches: () => Promise<void>;
}

type Step =
  | { kind: 'idle' }
  | { kind: 'preview'; fileName: string; table: CsvTable; mapping: ColumnMapping }
  | { kind: 'done'; message: string };

function describeImport({ created, merged }: ImportCounts): string {
  return `Imported ${plural(created, 'new prospect')}; merged ${plural(merged, 'duplicate row')}.`;
}

export function CsvPanel({ importProspects, exportProspects, exportTouches }: CsvPanelProps) {
  const { step, setStep, run } = useStepRunner<Step>({ kind: 'idle' });
  const inputId = useId();

  function onFileChosen(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    void run(`Reading ${file.name}…`, async () => {
      const table = readCsvFile(await file.text(), file.name);
      return { kind: 'preview', fileName: file.name, table, mapping: guessMapping(table.headers) };
    });
  }

  function exportWith(download: () => Promise<void>, doneMessage: string) {
    void run('Preparing the file…', async () => {
      await download();
      return { kind: 'done', message: doneMessage };
    });
  }

  return (
    <section aria-labelledby={`${inputId}-heading`} className="panel">
      <h2 id={`${inputId}-heading`}>Spreadsheets (CSV)</h2>
      <p>Bring prospects in from a spreadsheet or a CRM export, or take your prospects and touches out.</p>
      <button type="button" onClick={() => exportWith(exportProspects, 'Prospects downloaded as a CSV file.')}>
        Export prospects (CSV)
      </button>
      <button type="button" onClick={() => exportWith(exportTouches, 'Touches downloaded as a CSV file.')}>
        Export touches (CSV)
      </button>
      <label htmlFor={inputId} className="file-label">
        Import prospects (CSV)
      </label>
      <input id={inputId} type="file" accept="text/csv,.csv" onChange={onFileChosen} />
      {step.kind === 'busy' ? <p aria-live="polite">{step.message}</p> : null}
      {step.kind === 'done' ? <p role="status">{step.message}</p> : null}
      {step.kind === 'failed' ? <p role="alert">{step.message}</p> : null}
      {step.kind === 'preview' ? (
        <CsvImport
          fileName={step.fileName}
          table={step.table}
          initialMapping={step.mapping}
          onCancel={() => setStep({ kind: 'idle' })}
          onConfirm={(rows) =>
            void run('Importing…', async () => ({ kind: 'done', message: describeImport(await importProspects(rows)) }))
          }
        />
      ) : null}
    </section>
  );
}
