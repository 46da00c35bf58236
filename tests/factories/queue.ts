import type { QueueReply, QueueReplyItem } from '@/lib/core/queue/queue-reply';
import { makeProspect } from './index';

export function makeStepItem(overrides: Partial<Extract<QueueReplyItem, { kind: 'step' }>> = {}): QueueReplyItem {
  return {
    kind: 'step',
    key: `step:${Math.random().toString(36).slice(2)}`,
    prospect: makeProspect(),
    dueAt: '2026-11-23T15:00:00.000Z',
    speedToLead: false,
    label: 'Step 1 of 9',
    lastTouch: null,
    yeses: [],
    followUps: 0,
    enrollmentId: 'enrollment-1',
    cadenceId: 'playbook-28-day',
    stepIndex: 0,
    stepNumber: 1,
    stepCount: 9,
    channels: ['call', 'email'],
    channelsLeft: ['call', 'email'],
    ...overrides,
  };
}

export function makeQueue(overrides: Partial<QueueReply> = {}): QueueReply {
  const queue = { overdue: [], dueNow: [], laterToday: [], next7Days: [], ...overrides };
  const dueToday = queue.overdue.length + queue.dueNow.length + queue.laterToday.length;
  const counts = {
    dueToday,
    overdue: queue.overdue.length,
    dueNow: queue.dueNow.length,
    laterToday: queue.laterToday.length,
    next7Days: queue.next7Days.length,
  };
  return { ...queue, counts };
}
