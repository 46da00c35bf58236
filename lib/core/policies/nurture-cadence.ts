import type { Cadence } from '../model';

export const NURTURE_CADENCE_ID = 'nurture-monthly';

/**
 * Where a prospect goes after a cadence ends without a reply and the rep chooses to nurture:
 * one light touch a month for half a year, then the rep decides again.
 */
export const NURTURE_CADENCE: Cadence = {
  id: NURTURE_CADENCE_ID,
  name: 'Monthly nurture',
  steps: [
    { day: 30, channels: ['email'], intent: 'value' },
    { day: 60, channels: ['linkedin'], intent: 'news' },
    { day: 90, channels: ['email'], intent: 'insight' },
    { day: 120, channels: ['email'], intent: 'education' },
    { day: 150, channels: ['linkedin'], intent: 'personal' },
    { day: 180, channels: ['call', 'email'], intent: 'value' },
  ],
};
