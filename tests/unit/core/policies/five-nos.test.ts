import { canGiveUp, countFollowUps } from '@/lib/core/policies';
import { Prospect, type TouchOutcome } from '@/lib/core/model';
import { makeProspect, makeTouch } from '../../../factories';

const touches = (...outcomes: TouchOutcome[]) => outcomes.map((outcome) => makeTouch({ outcome }));

describe("five no's", () => {
  test.each([
    [0, false, 'Only 0 follow-ups so far — the playbook asks for at least 5 before giving up.'],
    [1, false, 'Only 1 follow-up so far — the playbook asks for at least 5 before giving up.'],
    [2, false, 'Only 2 follow-ups so far — the playbook asks for at least 5 before giving up.'],
    [4, false, 'Only 4 follow-ups so far — the playbook asks for at least 5 before giving up.'],
    [5, true, "5 follow-ups so far — the five no's are done."],
    [7, true, "7 follow-ups so far — the five no's are done."],
  ])('%i follow-ups: allowed %s', (count, allowed, reason) => {
    expect(canGiveUp(touches(...Array<TouchOutcome>(count).fill('sent')))).toEqual({
      allowed,
      reason,
      followUps: count,
    });
  });

  it("counts the rep's touches, not the prospect's replies or closing records", () => {
    const mixed = touches('sent', 'voicemail', 'replied', 'no-answer', 'won', 'lost', 'no', 'yes');
    expect(countFollowUps(mixed)).toBe(5);
    expect(canGiveUp(touches('sent', 'sent', 'sent', 'sent', 'replied')).allowed).toBe(false);
  });

  it('an override needs a reason', () => {
    const decision = canGiveUp(touches('sent', 'sent'), { reason: '   ', at: '2026-11-23T10:00:00Z' });
    expect(decision.allowed).toBe(false);
    expect(decision.reason).toBe(
      'Only 2 follow-ups so far — the playbook asks for at least 5 before giving up. To give up anyway, say why.',
    );
    expect(decision.override).toBeUndefined();
  });

  it('an override with a reason is allowed and returns the record to keep on the prospect', () => {
    const decision = canGiveUp(touches('sent', 'sent'), {
      reason: ' Company went bankrupt ',
      at: '2026-11-23T10:00:00Z',
    });
    expect(decision).toEqual({
      allowed: true,
      followUps: 2,
      reason: "Giving up after 2 follow-ups, before the five no's, because: Company went bankrupt",
      override: { reason: 'Company went bankrupt', at: '2026-11-23T10:00:00.000Z', followUps: 2 },
    });
    const prospect = Prospect.parse({ ...makeProspect(), status: 'lost', giveUpOverride: decision.override });
    expect(prospect.giveUpOverride?.reason).toBe('Company went bankrupt');
  });

  it('no override record is made when none was needed', () => {
    expect(
      canGiveUp(touches('sent', 'sent', 'sent', 'sent', 'sent'), { reason: 'done', at: '2026-11-23T10:00:00Z' })
        .override,
    ).toBeUndefined();
  });
});
