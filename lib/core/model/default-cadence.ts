import type { Cadence } from './cadence';

export const DEFAULT_CADENCE_ID = 'playbook-28-day';

/** The 28-day playbook: nine steps, day 1 being the day of enrollment. */
export const DEFAULT_CADENCE: Cadence = {
  id: DEFAULT_CADENCE_ID,
  name: '28-day playbook',
  steps: [
    { day: 1, channels: ['call', 'email'], intent: 'value' },
    { day: 2, channels: ['email', 'x'], intent: 'insight' },
    { day: 3, channels: ['x'], intent: 'news' },
    { day: 5, channels: ['email', 'linkedin'], intent: 'education' },
    { day: 7, channels: ['email'], intent: 'insight' },
    { day: 10, channels: ['call', 'email'], intent: 'value' },
    { day: 17, channels: ['email', 'x'], intent: 'education' },
    { day: 21, channels: ['linkedin'], intent: 'personal' },
    { day: 28, channels: ['call', 'email'], intent: 'value' },
  ],
};
