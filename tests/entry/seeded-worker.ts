import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { FifthTouchDatabase } from '@/lib/db/database';

/** A fresh worker on an empty database, installed, with its default playbook seeded. */
export async function startSeededWorker(): Promise<void> {
  fakeBrowser.reset();
  await new FifthTouchDatabase(() => new Date()).delete();
  background.main();
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
  await vi.waitFor(async () => expect(await new FifthTouchDatabase(() => new Date()).cadences.count()).toBe(1));
}

/** fakeBrowser's sendMessage passes an empty sender, so deliver as Chrome does for our own pages. */
export async function sendToWorker(
  message: unknown,
  sender: { id?: string; url?: string } = {
    id: fakeBrowser.runtime.id,
    url: fakeBrowser.runtime.getURL('/popup.html'),
  },
): Promise<unknown> {
  const replies = await fakeBrowser.runtime.onMessage.trigger(message, sender);
  return replies.find(Boolean);
}
