import { statusNow } from '@/lib/core/status/status-now';
import { makeEnrollment } from '../../../factories';

const PAUSED_AT = '2026-11-24T10:00:00.000Z';
const UNTIL = '2026-12-07T08:00:00.000Z';
const datedPause = makeEnrollment({ pausedAt: PAUSED_AT, pausedUntil: UNTIL, nextDueAt: '2026-12-07T09:00:00.000Z' });

describe('statusNow', () => {
  it('keeps "paused" while a dated pause lasts, and reads "active" from its end on', () => {
    expect(statusNow({ status: 'paused' }, datedPause, '2026-12-07T07:59:59.999Z')).toBe('paused');
    expect(statusNow({ status: 'paused' }, datedPause, UNTIL)).toBe('active');
    expect(statusNow({ status: 'paused' }, datedPause, '2027-01-15T10:00:00.000Z')).toBe('active');
  });

  it('keeps a pause without an end until the rep resumes it', () => {
    const open = makeEnrollment({ pausedAt: PAUSED_AT });
    expect(statusNow({ status: 'paused' }, open, '2027-06-01T10:00:00.000Z')).toBe('paused');
  });

  it('reads "active" when a later change already settled the ended pause', () => {
    expect(statusNow({ status: 'paused' }, makeEnrollment(), '2026-12-08T10:00:00.000Z')).toBe('active');
  });

  it('keeps the stored status without an enrollment, and every status other than paused', () => {
    expect(statusNow({ status: 'paused' }, undefined, '2027-01-15T10:00:00.000Z')).toBe('paused');
    for (const status of ['active', 'nurture', 'won', 'lost'] as const) {
      expect(statusNow({ status }, datedPause, '2027-01-15T10:00:00.000Z')).toBe(status);
    }
  });
});
