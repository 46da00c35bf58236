import { DEFAULT_CADENCE } from '@/lib/core/model';
import type { ProspectSummary } from '@/lib/core/status/prospect-summary';
import { hasUnansweredReply } from '@/lib/core/status/reply-seen';
import { summarizeProspect } from '@/lib/core/status/summarize-prospect';
import { makeEnrollment, makeProspect, makeTouch } from '../../../factories';

const NOW = '2026-11-24T10:00:00.000Z';
const prospect = makeProspect({ id: 'p', name: 'Lena Vogel', company: 'Kestrel', email: 'lena@kestrel.example' });

describe('summarizeProspect', () => {
  it('tells where an enrolled prospect stands, with the last touch and the yeses', () => {
    const summary = summarizeProspect({
      prospect,
      enrollment: makeEnrollment({
        id: 'e',
        prospectId: 'p',
        stepIndex: 3,
        channelsDone: ['email'],
        nextDueAt: '2026-11-24T15:00:00.000Z',
      }),
      cadence: DEFAULT_CADENCE,
      touches: [
        makeTouch({ prospectId: 'p', at: '2026-11-20T09:00:00.000Z', outcome: 'yes', note: 'Agreed delays cost 3%' }),
        makeTouch({ prospectId: 'p', at: '2026-11-22T09:00:00.000Z', channel: 'email', note: 'Sent the benchmark' }),
      ],
      now: NOW,
    });
    expect(summary).toEqual({
      prospectId: 'p',
      name: 'Lena Vogel',
      company: 'Kestrel',
      stage: 'active',
      enrollmentId: 'e',
      stepNumber: 4,
      stepCount: 9,
      channels: ['email', 'linkedin'],
      channelsLeft: ['linkedin'],
      dueAt: '2026-11-24T15:00:00.000Z',
      lastTouch: { channel: 'email', at: '2026-11-22T09:00:00.000Z', outcome: 'sent', note: 'Sent the benchmark' },
      touchCount: 2,
      yeses: ['Agreed delays cost 3%'],
    });
  });

  it.each([
    ['not enrolled', undefined, 'not-enrolled'],
    ['finished', makeEnrollment({ prospectId: 'p', stepIndex: 9 }), 'finished'],
    ['paused', makeEnrollment({ prospectId: 'p', pausedAt: '2026-11-23T09:00:00.000Z' }), 'paused'],
  ] as const)('says a prospect is %s', (_label, enrollment, stage) => {
    const summary = summarizeProspect({
      prospect,
      ...(enrollment ? { enrollment, cadence: DEFAULT_CADENCE } : {}),
      touches: [],
      now: NOW,
    });
    expect(summary.stage).toBe(stage);
    expect(summary.dueAt).toBeUndefined();
  });
});

describe('hasUnansweredReply', () => {
  const summary = (lastTouchAt?: string): ProspectSummary =>
    summarizeProspect({
      prospect,
      touches: lastTouchAt ? [makeTouch({ prospectId: 'p', at: lastTouchAt })] : [],
      now: NOW,
    });

  it.each([
    [
      'their message is newer than the last touch',
      '2026-11-23T10:00:00.000Z',
      'lena@kestrel.example',
      '2026-11-23T11:00:00.000Z',
      true,
    ],
    ['there is no touch yet', undefined, 'lena@kestrel.example', '2026-11-23T11:00:00.000Z', true],
    [
      'the rep touched them after it',
      '2026-11-23T12:00:00.000Z',
      'lena@kestrel.example',
      '2026-11-23T11:00:00.000Z',
      false,
    ],
    ['the newest message is the rep\u2019s', undefined, 'rep@northwind.example', '2026-11-23T11:00:00.000Z', false],
    ['the date could not be read', undefined, 'lena@kestrel.example', null, false],
  ] as const)('%s', (_label, lastTouchAt, fromEmail, at, expected) => {
    expect(hasUnansweredReply(summary(lastTouchAt), 'lena@kestrel.example', { fromEmail, at })).toBe(expected);
  });
});
