import {
  DEFAULT_CADENCE_ID,
  type ContentItem,
  type Enrollment,
  type Prospect,
  type Task,
  type Touch,
} from '@/lib/core/model';

let counter = 0;
function nextId(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}

export function makeProspect(overrides: Partial<Prospect> = {}): Prospect {
  return {
    id: nextId('prospect'),
    name: 'Ada Lovelace',
    email: 'ada@analytical.example',
    source: 'manual',
    inbound: false,
    tags: [],
    status: 'active',
    notes: '',
    createdAt: '2026-11-23T09:00:00.000Z',
    ...overrides,
  };
}

export function makeEnrollment(overrides: Partial<Enrollment> = {}): Enrollment {
  return {
    id: nextId('enrollment'),
    prospectId: 'prospect-0',
    cadenceId: DEFAULT_CADENCE_ID,
    startedAt: '2026-11-23T09:00:00.000Z',
    stepIndex: 0,
    channelsDone: [],
    nextDueAt: '2026-11-23T10:00:00.000Z',
    history: [],
    ...overrides,
  };
}

export function makeTouch(overrides: Partial<Touch> = {}): Touch {
  return {
    id: nextId('touch'),
    prospectId: 'prospect-0',
    channel: 'email',
    at: '2026-11-23T09:30:00.000Z',
    outcome: 'sent',
    note: '',
    ...overrides,
  };
}

export function makeTask(overrides: Partial<Task> = {}): Task {
  return {
    id: nextId('task'),
    prospectId: 'prospect-0',
    kind: 'callback',
    dueAt: '2026-11-25T16:00:00.000Z',
    note: '',
    ...overrides,
  };
}

export function makeContentItem(overrides: Partial<ContentItem> = {}): ContentItem {
  return {
    id: nextId('content'),
    kind: 'insight',
    title: 'Three numbers from last quarter',
    body: 'Hi {{firstName}}, one thing we saw this quarter…',
    tags: [],
    ...overrides,
  };
}
