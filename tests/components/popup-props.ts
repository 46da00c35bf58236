import type { PopupAppProps } from '@/components/PopupApp';
import type { QueueActions, SuggestionView } from '@/components/queue/queue-actions';
import type { VacationActions } from '@/components/vacation/VacationControl';
import { sumPipeline } from '@/lib/core/pipeline/pipeline';
import { makeQueue } from '../factories/queue';

export const NOW = new Date('2026-11-23T10:00:00.000Z');

export function makeSuggestion(overrides: Partial<SuggestionView> = {}): SuggestionView {
  return {
    id: 'starter-insight',
    title: 'One number from last quarter',
    kind: 'insight',
    text: 'Hi Grace, …',
    reason: 'matches intent "insight"',
    ...overrides,
  };
}

export function makeActions(overrides: Partial<QueueActions> = {}): QueueActions {
  return {
    done: vi.fn(async () => undefined),
    snooze: vi.fn(async () => undefined),
    skip: vi.fn(async () => undefined),
    open: vi.fn(),
    giveUp: vi.fn(async () => undefined),
    suggest: vi.fn(async () => null),
    copy: vi.fn(async () => undefined),
    openRecord: vi.fn(),
    ...overrides,
  };
}

export function makePopupProps(overrides: Partial<PopupAppProps> = {}): PopupAppProps {
  return {
    loadQueue: async () => ({ queue: makeQueue(), suggestions: {} }),
    loadRecentProspects: async () => [],
    searchProspects: async () => [],
    addProspect: async () => 'Added.',
    actions: makeActions(),
    now: () => NOW,
    vacation: makeVacationActions(),
    loadPipeline: async () => sumPipeline([]),
    ...overrides,
  };
}

export function makeVacationActions(overrides: Partial<VacationActions> = {}): VacationActions {
  return {
    load: vi.fn(async () => ({})),
    pause: vi.fn(async (until: string) => ({ pausedUntil: until, pausedFrom: NOW.toISOString() })),
    returnEarly: vi.fn(async () => ({})),
    dismiss: vi.fn(async () => ({})),
    ...overrides,
  };
}
