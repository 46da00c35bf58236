import { TZDate, tz } from '@date-fns/tz';
import { format } from 'date-fns';
import {
  DEFAULT_CADENCE,
  DEFAULT_CADENCE_ID,
  makeDefaultSettings,
  type Cadence,
  type ContentItem,
  type Enrollment,
  type Prospect,
  type Settings,
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
    noteEntries: [],
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
    status: 'open',
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

export function makeSettings(overrides: Partial<Settings> = {}): Settings {
  return { ...makeDefaultSettings('Europe/Berlin'), ...overrides };
}

export function makeCadence(overrides: Partial<Cadence> = {}): Cadence {
  return { ...DEFAULT_CADENCE, id: nextId('cadence'), ...overrides };
}

/** "2026-11-25 16:00" on a wall clock in `timeZone`, as the canonical ISO instant. */
export function zonedIso(local: string, timeZone: string): string {
  const [date = '', time = '00:00'] = local.split(' ');
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return new Date(new TZDate(year, month - 1, day, hours, minutes, timeZone).getTime()).toISOString();
}

/** The wall clock in `timeZone` at an instant, "yyyy-MM-dd HH:mm EEE", for readable expectations. */
export function zonedLocal(instant: string, timeZone: string): string {
  return format(new Date(instant), 'yyyy-MM-dd HH:mm EEE', { in: tz(timeZone) });
}
