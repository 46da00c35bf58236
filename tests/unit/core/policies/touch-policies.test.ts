import { DEFAULT_CADENCE, type TouchOutcome } from '@/lib/core/model';
import { DECIDE_CHOICES, NURTURE_CADENCE, QUALIFYING_QUESTION, speedToLeadDueAt } from '@/lib/core/policies';
import { Cadence } from '@/lib/core/model';
import { applyTouch, markStepDone, skipStep, startEnrollment } from '@/lib/core/schedule';
import { makeEnrollment, makeProspect, makeTouch, zonedLocal } from '../../../factories';
import { at, local, prospect, settings } from '../berlin-rep';

const cadence = DEFAULT_CADENCE;
let ids = 0;
const newId = () => `task-${(ids += 1)}`;
const enrolled = () => startEnrollment({ id: 'e1', prospect, cadence, settings, now: at('2026-11-23 10:00') });

describe('speed to lead', () => {
  test.each([
    ['2026-11-23 10:20', 60, '2026-11-23 11:20 Mon', 'in working hours: within the hour'],
    ['2026-11-23 17:10', 60, '2026-11-24 09:40 Tue', 'near closing time: the rest the next morning'],
    ['2026-11-23 21:00', 60, '2026-11-24 10:00 Tue', 'at night: an hour after work starts'],
    ['2026-11-28 11:00', 60, '2026-11-30 10:00 Mon', 'on a Saturday: Monday 10:00'],
    ['2026-11-23 10:20', 15, '2026-11-23 10:35 Mon', 'settings.speedToLeadMinutes'],
  ])('an inbound lead first seen %s (%i min) is due %s (%s)', (seen, minutes, due) => {
    const inbound = makeProspect({ id: 'p1', inbound: true, source: 'gmail', createdAt: at(seen) });
    const enrollment = startEnrollment({
      id: 'e1',
      prospect: inbound,
      cadence,
      settings: { ...settings, speedToLeadMinutes: minutes },
      now: at(seen),
    });
    expect(local(enrollment.nextDueAt)).toBe(due);
    expect(enrollment.nextDueAt).toBe(speedToLeadDueAt(inbound, { ...settings, speedToLeadMinutes: minutes }));
  });

  it('an outbound prospect follows the cadence instead', () => {
    expect(local(enrolled().nextDueAt)).toBe('2026-11-23 16:00 Mon');
  });
});

describe('the ball is in your court', () => {
  test.each<[TouchOutcome, string, string]>([
    ['voicemail', '2026-11-23 16:10', '2026-11-25 16:00 Wed'],
    ['gatekeeper', '2026-11-26 16:10', '2026-11-30 16:00 Mon'],
  ])('a %s on %s creates a callback task due %s', (outcome, when, due) => {
    const call = makeTouch({ prospectId: 'p1', channel: 'call', outcome, at: at(when) });
    const { enrollment, tasks } = applyTouch({
      enrollment: enrolled(),
      cadence,
      prospect,
      touch: call,
      settings,
      now: at(when),
      newId,
    });
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({ prospectId: 'p1', kind: 'callback' });
    expect(tasks[0]!.note).toMatch(/ball is in your court/);
    expect(local(tasks[0]!.dueAt)).toBe(due);
    expect(enrollment.channelsDone).toEqual(['call']);
  });

  it("follows settings.callbackDelayWorkingDays and the prospect's call window", () => {
    const kolkata = makeProspect({ id: 'p1', timeZone: 'Asia/Kolkata' });
    const call = makeTouch({ prospectId: 'p1', channel: 'call', outcome: 'voicemail', at: at('2026-11-23 11:40') });
    const { tasks } = applyTouch({
      enrollment: enrolled(),
      cadence,
      prospect: kolkata,
      touch: call,
      settings: { ...settings, callbackDelayWorkingDays: 1 },
      now: call.at,
      newId,
    });
    expect(zonedLocal(tasks[0]!.dueAt, 'Asia/Kolkata')).toBe('2026-11-24 16:00 Tue');
  });

  it('a no-answer creates no task', () => {
    const call = makeTouch({ prospectId: 'p1', channel: 'call', outcome: 'no-answer', at: at('2026-11-23 16:10') });
    expect(
      applyTouch({ enrollment: enrolled(), cadence, prospect, touch: call, settings, now: call.at, newId }).tasks,
    ).toEqual([]);
  });
});

describe('a reply', () => {
  const reply = makeTouch({ prospectId: 'p1', channel: 'email', outcome: 'replied', at: at('2026-11-24 13:05') });

  it('pauses the cadence and creates a respond task due within the hour', () => {
    const { enrollment, tasks } = applyTouch({
      enrollment: enrolled(),
      cadence,
      prospect,
      touch: reply,
      settings,
      now: reply.at,
      newId,
    });
    expect(enrollment.nextDueAt).toBeUndefined();
    expect(enrollment.pausedAt).toBe(reply.at);
    expect(enrollment.pausedUntil).toBeUndefined();
    expect(enrollment.repliedAt).toBe(reply.at);
    expect(enrollment.channelsDone).toEqual([]);
    expect(tasks).toEqual([
      expect.objectContaining({ kind: 'respond', prospectId: 'p1', dueAt: at('2026-11-24 14:05') }),
    ]);
  });

  it('a reply after hours is due an hour into the next working period', () => {
    const late = { ...reply, at: at('2026-11-27 19:00') };
    const { tasks } = applyTouch({
      enrollment: enrolled(),
      cadence,
      prospect,
      touch: late,
      settings,
      now: late.at,
      newId,
    });
    expect(local(tasks[0]!.dueAt)).toBe('2026-11-30 10:00 Mon');
  });
});

describe('the end of a cadence', () => {
  const lastStep = makeEnrollment({
    id: 'e1',
    prospectId: 'p1',
    startedAt: at('2026-11-23 10:00'),
    stepIndex: 8,
    nextDueAt: at('2026-12-21 16:00'),
  });

  it('with no reply creates a decide task for the next working morning', () => {
    const { enrollment, tasks } = markStepDone({
      enrollment: lastStep,
      cadence,
      prospect,
      settings,
      now: at('2026-12-21 16:30'),
      newId,
    });
    expect(enrollment.stepIndex).toBe(9);
    expect(enrollment.nextDueAt).toBeUndefined();
    expect(tasks).toEqual([expect.objectContaining({ kind: 'decide', prospectId: 'p1' })]);
    expect(local(tasks[0]!.dueAt)).toBe('2026-12-22 09:00 Tue');
    expect(tasks[0]!.note).toContain(QUALIFYING_QUESTION);
    expect(tasks[0]!.note).toMatch(/qualify.*nurture.*close/);
  });

  it('ending by a skip decides too; ending after a reply does not', () => {
    expect(
      skipStep({ enrollment: lastStep, cadence, prospect, settings, now: at('2026-12-21 16:30'), newId }).tasks,
    ).toHaveLength(1);
    const replied = { ...lastStep, repliedAt: at('2026-12-01 10:00') };
    expect(
      markStepDone({ enrollment: replied, cadence, prospect, settings, now: at('2026-12-21 16:30'), newId }).tasks,
    ).toEqual([]);
  });

  it('a reply after the end is remembered without pausing', () => {
    const finished = { ...lastStep, stepIndex: 9, nextDueAt: undefined };
    const late = makeTouch({ prospectId: 'p1', outcome: 'replied', at: at('2026-12-22 10:00') });
    const { enrollment, tasks } = applyTouch({
      enrollment: finished,
      cadence,
      prospect,
      touch: late,
      settings,
      now: late.at,
      newId,
    });
    expect(enrollment.pausedAt).toBeUndefined();
    expect(enrollment.repliedAt).toBe(late.at);
    expect(tasks.map((task) => task.kind)).toEqual(['respond']);
  });

  it('offers qualify, nurture or close, and nurture is a valid monthly cadence', () => {
    expect(DECIDE_CHOICES.map((choice) => choice.choice)).toEqual(['qualify', 'nurture', 'close']);
    expect(DECIDE_CHOICES[0].hint).toContain('what would you do next?');
    const nurture = Cadence.parse(NURTURE_CADENCE);
    const gaps = nurture.steps.slice(1).map((step, index) => step.day - nurture.steps[index]!.day);
    expect(gaps.every((gap) => gap >= 28 && gap <= 31)).toBe(true);
  });
});
