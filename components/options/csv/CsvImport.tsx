import { useMemo, useState } from 'react';
import { checkRow, mapRows, type ColumnMapping, type CsvTable, type MappedRow } from '@/lib/core/csv';
import { canonicalProfileUrl } from '@/lib/sites/linkedin/profile-url';
import { ColumnMappingFields } from './ColumnMappingFields';
import { CsvPreview } from './CsvPreview';
import { plural } from './plural';

/** A file with thousands of bad rows usually has one mapping mistake; the first rows show it. */
const ERRORS_SHOWN = 50;

export interface CsvImportProps {
  fileName: string;
  table: CsvTable;
  initialMapping: ColumnMapping;
  onConfirm: (rows: MappedRow[]) => void;
  onCancel: () => void;
}

/** Mapping, preview and per-row errors of one chosen file, up to the rep's confirmation. */
export function CsvImport({ fileName, table, initialMapping, onConfirm, onCancel }: CsvImportProps) {
  const [mapping, setMapping] = useState(initialMapping);
  const rows = useMemo(() => mapRows(table, mapping), [table, mapping]);
  const checks = useMemo(() => rows.map((row) => checkRow(row, canonicalProfileUrl)), [rows]);
  // The page sends the rows as mapped, not as checked: the worker checks them again itself.
  const validRows = rows.filter((_row, index) => checks[index]?.ok);
  const errors = checks.flatMap((check) => (check.ok ? [] : [check.error]));

  return (
    <div role="group" aria-label="Import preview">
      <ColumnMappingFields headers={table.headers} mapping={mapping} onChange={setMapping} />
      <CsvPreview table={table} fileName={fileName} />
      {errors.length > 0 ? (
        <section aria-label="Rows that will be skipped">
          <p>
            {plural(errors.length, 'row')} cannot be imported and will be skipped. Fix them in the file and import it
            again to add them; rows already imported are merged, not duplicated.
          </p>
          <ul>
            {errors.slice(0, ERRORS_SHOWN).map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
          {errors.length > ERRORS_SHOWN ? <p>…and {plural(errors.length - ERRORS_SHOWN, 'more row')}.</p> : null}
        </section>
      ) : null}
      <button type="button" disabled={validRows.length === 0} onClick={() => onConfirm(validRows)}>
        Import {plural(validRows.length, 'prospect')}
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
