import { makeDefaultSettings } from '@/lib/core/model';
import { readSettings } from '@/lib/db/seed';
import { saveSettings } from '@/lib/db/settings';
import { openTestDatabase } from './test-database';

describe('settings in the database', () => {
  it('saves valid settings and reads them back', async () => {
    const db = openTestDatabase();
    await saveSettings(db, { ...makeDefaultSettings('Europe/Berlin'), callbackDelayWorkingDays: 4 });
    expect((await readSettings(db, 'UTC')).callbackDelayWorkingDays).toBe(4);
  });

  it('refuses a bad value in words and keeps what was stored', async () => {
    const db = openTestDatabase();
    await saveSettings(db, makeDefaultSettings('Europe/Berlin'));
    await expect(
      saveSettings(db, { ...makeDefaultSettings('Europe/Berlin'), timeZone: 'Mars/Olympus' }),
    ).rejects.toThrow('These settings were not saved: timeZone should be an IANA time zone such as Europe/Berlin.');
    expect((await readSettings(db, 'UTC')).timeZone).toBe('Europe/Berlin');
  });
});
