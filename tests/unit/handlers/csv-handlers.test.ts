import { createCsvHandlers } from '@/lib/handlers/csv-handlers';
import { createMessenger } from '@/lib/messaging/client';
import { createRouter, type Handlers } from '@/lib/messaging/router';
import { ensureDefaultCadence } from '@/lib/db/seed';
import { openTestDatabase } from '../db/test-database';

const EXTENSION_ID = 'fifth-touch-id';
const EXTENSION = { id: EXTENSION_ID, pagesUrl: `chrome-extension://${EXTENSION_ID}/` };

/** Only the CSV messages answer; the router still parses every request against the protocol. */
async function csvMessenger() {
  const db = openTestDatabase();
  await ensureDefaultCadence(db);
  let id = 0;
  const writeContext = () => ({
    now: new Date('2026-11-24T10:00:00.000Z'),
    homeTimeZone: 'Europe/Berlin',
    newId: () => `id-${(id += 1)}`,
  });
  const handlers = createCsvHandlers({ db, writeContext }) as unknown as Handlers;
  const route = createRouter(handlers, EXTENSION);
  return {
    db,
    send: createMessenger((message) => route(message, { id: EXTENSION_ID, url: `${EXTENSION.pagesUrl}options.html` })),
  };
}

describe('CSV handlers', () => {
  it('imports rows the page mapped, canonicalising the LinkedIn URL in the worker', async () => {
    const { db, send } = await csvMessenger();
    const rows = [{ row: 2, values: { name: 'Zoë', linkedinUrl: 'https://fr.linkedin.com/in/Zoe?trk=1' } }];
    expect(await send('importProspects', { rows })).toEqual({ created: 1, merged: 0 });
    expect((await db.prospects.toArray())[0]).toMatchObject({ linkedinUrl: 'https://www.linkedin.com/in/zoe/' });
  });

  it('refuses the whole import when a row the page let through is not valid', async () => {
    const { db, send } = await csvMessenger();
    const rows = [
      { row: 2, values: { name: 'Ada' } },
      { row: 3, values: { name: 'Bob', email: 'bob@' } },
    ];
    await expect(send('importProspects', { rows })).rejects.toThrow(
      'Nothing was imported. Row 3: email is not a valid email. Fix the file and import it again.',
    );
    expect(await db.prospects.count()).toBe(0);
  });

  it('refuses an import with no rows in words', async () => {
    const { send } = await csvMessenger();
    await expect(send('importProspects', { rows: [] })).rejects.toThrow(/rows needs at least 1 item/);
  });
});
