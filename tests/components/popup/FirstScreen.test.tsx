import { Profiler } from 'react';
import { render, screen, within } from '@testing-library/react';
import { TodayQueue, WHOLE_QUEUE_PAGE_DRAWN } from '@/components/queue/TodayQueue';
import { FIRST_SCREEN_ITEMS } from '@/lib/core/queue/queue-sections';
import { makeProspect } from '../../factories';
import { makeQueue, makeStepItem } from '../../factories/queue';
import { makeActions, NOW } from '../popup-props';

const items = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, index) =>
    makeStepItem({ key: `${prefix}-${index}`, prospect: makeProspect({ name: `${prefix} ${index + 1}` }) }),
  );

describe("the queue's first screen", () => {
  it('is drawn first, and every item follows in the next commit', () => {
    performance.clearMarks(WHOLE_QUEUE_PAGE_DRAWN);
    const queue = makeQueue({ overdue: items('Overdue', 2), dueNow: items('Due now', 3), next7Days: items('Soon', 3) });
    const drawnPerCommit: string[][] = [];
    // The mark is set after a commit, so what each commit sees is whether an earlier one set it.
    const markedBeforeCommit: number[] = [];
    render(
      <Profiler
        id="queue"
        onRender={() => {
          drawnPerCommit.push(
            [...document.querySelectorAll('.queue-item .prospect-name')].map((name) => name.textContent ?? ''),
          );
          markedBeforeCommit.push(performance.getEntriesByName(WHOLE_QUEUE_PAGE_DRAWN).length);
        }}
      >
        <TodayQueue data={{ queue, suggestions: {} }} now={() => NOW} actions={makeActions()} showMore={vi.fn()} />
      </Profiler>,
    );
    expect(FIRST_SCREEN_ITEMS).toBe(3);
    expect(drawnPerCommit[0]).toEqual(['Overdue 1', 'Overdue 2', 'Due now 1']);
    expect(drawnPerCommit.at(-1)).toHaveLength(8);
    const list = screen.getByRole('list', { name: "Today's queue" });
    expect(within(list).getByRole('list', { name: 'Next 7 days' }).textContent).toContain('Soon 3');
    expect(within(list).getByRole('list', { name: 'Due now' }).textContent).toContain('Due now 3');
    expect(markedBeforeCommit.slice(0, 2)).toEqual([0, 0]);
    expect(performance.getEntriesByName(WHOLE_QUEUE_PAGE_DRAWN)).toHaveLength(1);
  });

  it('is the whole queue when the queue is shorter than a screen', () => {
    const queue = makeQueue({ laterToday: items('Later', 2) });
    const drawnPerCommit: number[] = [];
    render(
      <Profiler id="queue" onRender={() => drawnPerCommit.push(document.querySelectorAll('.queue-item').length)}>
        <TodayQueue data={{ queue, suggestions: {} }} now={() => NOW} actions={makeActions()} showMore={vi.fn()} />
      </Profiler>,
    );
    expect(drawnPerCommit[0]).toBe(2);
  });
});
