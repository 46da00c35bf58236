import { prospectsToCsv, touchesToCsv } from '../core/csv';
import type { FifthTouchDatabase } from './database';

/**
 * Exports read records as stored, like the backup does: a spreadsheet export must not drop a
 * record because it is damaged.
 */
export async function exportProspectsCsv(db: FifthTouchDatabase): Promise<string> {
  return prospectsToCsv(await db.prospects.orderBy('createdAt').toArray());
}

export async function exportTouchesCsv(db: FifthTouchDatabase): Promise<string> {
  return db.transaction('r', [db.touches, db.prospects], async () => {
    const prospects = await db.prospects.toArray();
    const byId = new Map(prospects.map((prospect) => [prospect.id, prospect]));
    return touchesToCsv(await db.touches.toArray(), byId);
  });
}
