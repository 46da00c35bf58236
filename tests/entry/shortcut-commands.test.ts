import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { FifthTouchDatabase } from '@/lib/db/database';
import { runShortcut } from '@/lib/handlers/shortcut-commands';
import { pressShortcut } from './fake-commands';

/** fakeBrowser's tabs have no notion of the active tab in the focused window, so the test says which it is. */
function activeTab(id: number | undefined) {
  type Tabs = Awaited<ReturnType<typeof fakeBrowser.tabs.query>>;
  return vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue((id === undefined ? [] : [{ id }]) as Tabs);
}

describe('keyboard shortcuts in the worker', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await new FifthTouchDatabase(() => new Date()).delete();
    background.main();
  });
  afterEach(() => vi.restoreAllMocks());

  it('"log-touch" asks the content script in the active tab of this window to log a touch', async () => {
    const query = activeTab(42);
    const sendMessage = vi
      .spyOn(fakeBrowser.tabs, 'sendMessage')
      .mockResolvedValue({ done: true, message: 'LinkedIn touch logged.' });
    await pressShortcut('log-touch');
    await vi.waitFor(() => expect(sendMessage).toHaveBeenCalledWith(42, { command: 'logTouch' }));
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(sendMessage).toHaveBeenCalledOnce();
    expect(await runShortcut('log-touch')).toEqual({ done: true, message: 'LinkedIn touch logged.' });
  });

  it('another command sends nothing to any tab', async () => {
    activeTab(42);
    const sendMessage = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    await pressShortcut('_execute_action');
    expect(await runShortcut('_execute_action')).toBeNull();
    expect(sendMessage).not.toHaveBeenCalled();
  });

  test.each([
    ['a site without our content script', 42],
    ['no tab at all', undefined],
  ])('on %s it says where the shortcut works, and does not throw', async (_case, tabId) => {
    activeTab(tabId);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(
      new Error('Could not establish connection. Receiving end does not exist.'),
    );
    expect(await runShortcut('log-touch')).toEqual({
      done: false,
      message: 'Open a Gmail thread or a LinkedIn profile to log a touch with the shortcut.',
    });
  });
});
