import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { FifthTouchDatabase } from '@/lib/db/database';

/** A fresh worker on an empty database, installed, with its default playbook seeded. */
export async function startSeededWorker(): Promise<void> {
  fakeBrowser.reset();
  await new FifthTouchDatabase().delete();
  background.main();
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
  await vi.waitFor(async () => expect(await new FifthTouchDatabase().cadences.count()).toBe(1));
}
