import { type PageCommand, PageCommandReply } from '../messaging/page-commands';
import { activeTabId, sendTabMessage } from '../platform/commands';

/** The manifest's name for the "log a touch" shortcut; `_execute_action` (open the popup) needs no code. */
export const LOG_TOUCH_COMMAND = 'log-touch';

const NOT_HERE: PageCommandReply = {
  done: false,
  message: 'Open a Gmail thread or a LinkedIn profile to log a touch with the shortcut.',
};

/**
 * "Log a touch" from the keyboard: the content script in the active tab knows who it shows (the
 * thread's prospect or the profile), so it logs the touch the way its own button does.
 */
export async function runShortcut(name: string): Promise<PageCommandReply | null> {
  if (name !== LOG_TOUCH_COMMAND) return null;
  const tabId = await activeTabId();
  if (tabId === null) return NOT_HERE;
  const command: PageCommand = { command: 'logTouch' };
  const reply = PageCommandReply.safeParse(await sendTabMessage(tabId, command).catch(() => null));
  return reply.success ? reply.data : NOT_HERE;
}
