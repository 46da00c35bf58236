import { queueValidUntil } from '@/lib/core/queue/queue-snapshot';
import { at, local, settings } from '../berlin-rep';

describe('how long a queue read holds with nothing written', () => {
  const now = at('2026-11-25 10:00');

  it('holds until the next due time, when that item moves into "Due now"', () => {
    expect(local(queueValidUntil(now, settings, at('2026-11-25 14:00')))).toBe('2026-11-25 14:00 Wed');
  });

  it('holds until the rep\u2019s day ends when nothing comes due before then', () => {
    expect(queueValidUntil(now, settings, at('2026-11-27 09:00'))).toBe(at('2026-11-26 00:00'));
    expect(queueValidUntil(now, settings, null)).toBe(at('2026-11-26 00:00'));
  });

  it('ends the day in the rep\u2019s zone, not the machine\u2019s', () => {
    const newYork = { ...settings, timeZone: 'America/New_York' };
    expect(queueValidUntil(now, newYork, null)).toBe('2026-11-26T05:00:00.000Z');
  });

  it('gives one canonical form whatever form the due time was written in', () => {
    expect(queueValidUntil(now, settings, '2026-11-25T14:00:00+01:00')).toBe('2026-11-25T13:00:00.000Z');
  });
});
