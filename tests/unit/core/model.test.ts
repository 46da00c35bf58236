import { Cadence, DEFAULT_CADENCE, Prospect, makeDefaultSettings, Settings } from '@/lib/core/model';
import { describeIssues } from '@/lib/core/validation/describe-issues';
import { makeProspect } from '../../factories';

describe('domain model', () => {
  it('accepts the default playbook with nine steps in day order', () => {
    const cadence = Cadence.parse(DEFAULT_CADENCE);
    expect(cadence.steps.map((step) => step.day)).toEqual([1, 2, 3, 5, 7, 10, 17, 21, 28]);
  });

  it('rejects a cadence whose days do not go up, in words', () => {
    const result = Cadence.safeParse({
      id: 'c',
      name: 'Bad',
      steps: [
        { day: 3, channels: ['call'] },
        { day: 2, channels: ['x'] },
      ],
    });
    expect(result.success).toBe(false);
    expect(describeIssues(result.error!)).toMatch(/steps should be step days must go up/);
  });

  it('rejects a step with no channel', () => {
    const result = Cadence.safeParse({ id: 'c', name: 'Bad', steps: [{ day: 1, channels: [] }] });
    expect(describeIssues(result.error!)).toContain('steps[0].channels needs at least one channel');
  });

  it('normalises email and instants so indexes sort them', () => {
    const prospect = Prospect.parse(makeProspect({ email: ' Ada@Example.COM ', createdAt: '2026-11-23T09:00:00Z' }));
    expect(prospect.email).toBe('ada@example.com');
    expect(prospect.createdAt).toBe('2026-11-23T09:00:00.000Z');
  });

  it('names every bad field of a prospect', () => {
    const result = Prospect.safeParse({ ...makeProspect(), name: '', status: 'gone', timeZone: 'Mars/Olympus' });
    const message = describeIssues(result.error!);
    expect(message).toContain('name is too short');
    expect(message).toContain('status should be one of');
    expect(message).toContain('timeZone should be an IANA time zone');
  });

  it('default settings are valid settings', () => {
    expect(Settings.parse(makeDefaultSettings('Europe/Berlin')).callWindow).toEqual({ start: '16:00', end: '17:00' });
  });
});
