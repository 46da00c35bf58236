import { browser } from 'wxt/browser';

export interface FiredAlarm {
  name: string;
  /** When the alarm was due; Chrome may fire it later (after sleep, or at the next start). */
  scheduledTime: number;
}

/** Sets a one-shot alarm, replacing the one of the same name; null clears it. */
export async function armAlarm(name: string, when: Date | null): Promise<void> {
  if (when === null) {
    await browser.alarms.clear(name);
    return;
  }
  await browser.alarms.create(name, { when: when.getTime() });
}

/** When the named alarm is due, or undefined when none is set. */
export async function scheduledTimeOf(name: string): Promise<number | undefined> {
  return (await browser.alarms.get(name))?.scheduledTime;
}

/** A repeating alarm, created only when missing: re-creating it would restart its period. */
export async function ensurePeriodicAlarm(name: string, periodInMinutes: number): Promise<void> {
  if (await browser.alarms.get(name)) return;
  await browser.alarms.create(name, { periodInMinutes, delayInMinutes: periodInMinutes });
}

/** The listener returns its work, so the worker stays alive until it is done. */
export function onAlarm(listener: (alarm: FiredAlarm) => Promise<void>): void {
  browser.alarms.onAlarm.addListener((alarm) => listener(alarm));
}
