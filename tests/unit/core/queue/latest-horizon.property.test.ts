import fc from 'fast-check';
import { latestQueueHorizon, queueHorizon } from '@/lib/core/queue/queue-window';
import { instantArb } from '../arbitraries';

// Zones from the furthest behind UTC to the furthest ahead, and ones with DST and half hours.
const ZONES = [
  'Pacific/Pago_Pago',
  'America/New_York',
  'Europe/Berlin',
  'Asia/Kolkata',
  'Pacific/Auckland',
  'Pacific/Kiritimati',
];

describe('latestQueueHorizon (property)', () => {
  it('is never before the queue horizon of any zone, and less than two days after it', () => {
    fc.assert(
      fc.property(instantArb, fc.constantFrom(...ZONES), (now, timeZone) => {
        const horizon = queueHorizon(now, { timeZone });
        const latest = latestQueueHorizon(now);
        expect(latest >= horizon).toBe(true);
        expect(new Date(latest).getTime() - new Date(horizon).getTime()).toBeLessThan(48 * 3_600_000);
      }),
    );
  });
});
