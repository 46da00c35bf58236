import * as z from 'zod/mini';

/** What the worker asks of the content script in the active tab when a keyboard shortcut is pressed. */
export const PageCommand = z.object({ command: z.literal('logTouch') });
export type PageCommand = z.infer<typeof PageCommand>;

/** The content script's answer; the same words it shows on the page. */
export const PageCommandReply = z.object({ done: z.boolean(), message: z.string() });
export type PageCommandReply = z.infer<typeof PageCommandReply>;

/**
 * The content script's listener. Like the worker's router it takes commands only from this
 * extension: a page or another extension must not be able to log touches.
 */
export function createPageCommandListener(extensionId: string, logTouch: () => Promise<PageCommandReply>) {
  return async function listen(message: unknown, sender: { id?: string }): Promise<PageCommandReply> {
    if (sender.id !== extensionId) return { done: false, message: 'Fifth Touch only takes commands from itself.' };
    if (!PageCommand.safeParse(message).success) {
      return { done: false, message: 'Fifth Touch did not understand that command.' };
    }
    return logTouch();
  };
}
