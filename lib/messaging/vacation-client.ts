import type { Messenger } from './client';

/** The popup and the settings page pause and resume through the same messages. */
export function createVacationActions(send: Messenger) {
  return {
    load: () => send('getVacation', {}),
    pause: (until: string) => send('pauseEverything', { until }),
    returnEarly: () => send('returnEarly', {}),
    dismiss: () => send('dismissVacationReturn', {}),
  };
}
