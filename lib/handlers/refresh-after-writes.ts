import type { MessageName } from '../messaging/protocol';
import type { Handlers } from '../messaging/router';

/**
 * Messages that change nothing. Every other message counts as a write, so a new message that
 * forgets to be listed here costs a refresh, never a stale badge or a missed reminder.
 */
export const READ_ONLY_MESSAGES: ReadonlySet<MessageName> = new Set<MessageName>([
  'listProspects',
  'getTodayQueue',
  'getProspectSummary',
  'getGmailView',
  'searchProspects',
  'suggestContent',
  'exportBackup',
  'previewBackup',
  'listCadences',
  'exportPlaybook',
  'listContent',
  'getSettings',
  'exportProspectsCsv',
  'exportTouchesCsv',
  'getVacation',
  'getPipeline',
  'getWeeklyReport',
  'getProspectRecord',
  'openProspect',
]);

export interface AroundWrites {
  /** Runs each write (so the kept queue page is forgotten and not read around it: queue-snapshots.ts). */
  guardWrite: <T>(write: () => Promise<T>) => Promise<T>;
  /** After each successful write: re-arm the reminder alarm, redraw the badge. */
  refresh: () => Promise<void>;
  logFailure: (error: unknown) => void;
}

/**
 * Runs each write through `guardWrite`, then `refresh`. A failed refresh is logged and the sender
 * still hears "done": the write already happened.
 */
export function refreshAfterWrites(handlers: Handlers, { guardWrite, refresh, logFailure }: AroundWrites): Handlers {
  const wrapped = Object.entries(handlers).map(([name, handler]) => {
    if (READ_ONLY_MESSAGES.has(name as MessageName)) return [name, handler];
    const write = handler as (request: unknown) => Promise<unknown>;
    return [
      name,
      async (request: unknown) => {
        const response = await guardWrite(() => write(request));
        await refresh().catch(logFailure);
        return response;
      },
    ];
  });
  return Object.fromEntries(wrapped) as Handlers;
}
