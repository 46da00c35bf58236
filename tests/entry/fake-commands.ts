import { fakeBrowser } from 'wxt/testing/fake-browser';

type CommandListener = (name: string) => unknown;

/** Kept on fakeBrowser itself: the setup file and a test may load this module as two copies. */
function listeners(): CommandListener[] {
  const commands = fakeBrowser.commands as unknown as { fakeListeners?: CommandListener[] };
  commands.fakeListeners ??= [];
  return commands.fakeListeners;
}

/**
 * fakeBrowser has no commands.onCommand (it throws "not implemented"), and the worker listens to
 * it: tests get an in-memory event, emptied by fakeBrowser.reset() like the others.
 */
export function installFakeCommands(): void {
  const onCommand = {
    addListener: (listener: CommandListener) => void listeners().push(listener),
    removeListener: (listener: CommandListener) => void listeners().splice(listeners().indexOf(listener) >>> 0, 1),
    hasListener: (listener: CommandListener) => listeners().includes(listener),
    hasListeners: () => listeners().length > 0,
  };
  Object.assign(fakeBrowser.commands, { onCommand, resetState: () => void listeners().splice(0) });
}

/** The browser's side of a keyboard shortcut: every onCommand listener hears its name. */
export function pressShortcut(name: string): Promise<unknown[]> {
  return Promise.all(listeners().map((listener) => listener(name)));
}
