import { checkRow, type ImportedProspect } from '../core/csv';
import { exportProspectsCsv, exportTouchesCsv } from '../db/csv-export';
import type { FifthTouchDatabase } from '../db/database';
import type { WriteContext } from '../db/follow-ups';
import { importProspects } from '../db/prospect-import';
import type { ParsedRequestOf } from '../messaging/protocol';
import type { Handlers } from '../messaging/router';
import { canonicalProfileUrl } from '../sites/linkedin/profile-url';

export interface CsvContext {
  db: FifthTouchDatabase;
  writeContext: () => WriteContext;
}

type CsvHandlers = Pick<Handlers, 'importProspects' | 'exportProspectsCsv' | 'exportTouchesCsv'>;

/** The page already checked these rows; a page is never trusted, so they are checked again here. */
function recheck(rows: ParsedRequestOf<'importProspects'>['rows']): ImportedProspect[] {
  return rows.map((row) => {
    const check = checkRow(row, canonicalProfileUrl);
    if (!check.ok) throw new Error(`Nothing was imported. ${check.error} Fix the file and import it again.`);
    return check.prospect;
  });
}

export function createCsvHandlers({ db, writeContext }: CsvContext): CsvHandlers {
  return {
    importProspects: ({ rows }) => importProspects(db, recheck(rows), writeContext()),
    exportProspectsCsv: async () => ({ csv: await exportProspectsCsv(db) }),
    exportTouchesCsv: async () => ({ csv: await exportTouchesCsv(db) }),
  };
}
