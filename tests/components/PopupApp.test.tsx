import { Profiler } from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import { FIRST_QUEUE_PAINT, PopupApp } from '@/components/PopupApp';
import { makeProspect, makeTouch } from '../factories';
import { makeQueue, makeStepItem } from '../factories/queue';
import { makePopupProps } from './popup-props';

function renderPopup(queue = makeQueue(), recent = [] as ReturnType<typeof makeProspect>[]) {
  render(
    <PopupApp
      {...makePopupProps({
        loadQueue: async () => ({ queue, suggestions: {} }),
        loadRecentProspects: async () => recent,
      })}
    />,
  );
}

describe('PopupApp', () => {
  it('says in words that nothing is due', async () => {
    renderPopup();
    expect(await screen.findByText(/Nothing due/)).toBeTruthy();
    expect(screen.queryByRole('list', { name: "Today's queue" })).toBeNull();
  });

  it('shows each section with its items: prospect, step, channels, due time, last touch and yeses', async () => {
    performance.clearMarks(FIRST_QUEUE_PAINT);
    const queue = makeQueue({
      overdue: [
        makeStepItem({
          prospect: makeProspect({ name: 'Grace Hopper', company: 'US Navy' }),
          stepNumber: 3,
          channelsLeft: ['email'],
        }),
      ],
      laterToday: [
        makeStepItem({
          prospect: makeProspect({ name: 'Alan Turing' }),
          channels: ['linkedin'],
          channelsLeft: ['linkedin'],
          lastTouch: makeTouch({ channel: 'email', note: 'Sent the benchmark' }),
          yeses: [makeTouch({ outcome: 'yes', note: 'Agreed delays cost 3%' })],
        }),
      ],
    });
    renderPopup(queue);
    const list = await screen.findByRole('list', { name: "Today's queue" });
    const overdue = within(list).getByRole('list', { name: 'Overdue' });
    expect(overdue.textContent).toContain('Grace Hopper');
    expect(overdue.textContent).toContain('US Navy');
    expect(overdue.textContent).toContain('Step 3 of 9');
    expect(overdue.textContent).toContain('Call ✓');
    const later = within(list).getByRole('list', { name: 'Later today' });
    expect(later.textContent).toContain('LinkedIn');
    expect(later.textContent).toContain('Last touch: Email');
    expect(later.textContent).toContain('Sent the benchmark');
    expect(within(later).getByRole('list', { name: 'Yeses from Alan Turing' }).textContent).toContain(
      'Agreed delays cost 3%',
    );
    expect(within(list).queryByRole('list', { name: 'Due now' })).toBeNull();
    // The mark is set by an effect after the commit, which a busy machine can run after findByRole sees the list.
    await waitFor(() => expect(performance.getEntriesByName(FIRST_QUEUE_PAINT)).toHaveLength(1));
  });

  it('shows a queue already in hand in its first render, and still takes it through the first load', async () => {
    const data = {
      queue: makeQueue({ overdue: [makeStepItem({ prospect: makeProspect({ name: 'Grace Hopper' }) })] }),
      suggestions: {},
    };
    const loadQueue = vi.fn(async () => data);
    const commits: number[] = [];
    render(
      <Profiler id="popup" onRender={() => commits.push(document.querySelectorAll('.queue-item').length)}>
        <PopupApp {...makePopupProps({ loadQueue, queueInHand: () => data })} />
      </Profiler>,
    );
    expect(commits[0]).toBe(1);
    expect(screen.queryByText(/Loading your follow-ups/)).toBeNull();
    expect(screen.getByRole('list', { name: 'Overdue' }).textContent).toContain('Grace Hopper');
    await waitFor(() => expect(loadQueue).toHaveBeenCalledTimes(1));
    expect(screen.getByRole('list', { name: 'Overdue' }).textContent).toContain('Grace Hopper');
  });

  it('asks the worker again once a snapshot is on screen, and shows its answer, reloading nothing else', async () => {
    const named = (name: string) => ({
      queue: makeQueue({ overdue: [makeStepItem({ prospect: makeProspect({ name }) })] }),
      suggestions: {},
    });
    const loadQueue = vi.fn().mockResolvedValueOnce(named('Grace Hopper')).mockResolvedValueOnce(named('Alan Turing'));
    const loadPipeline = vi.fn(makePopupProps().loadPipeline);
    const loadRecentProspects = vi.fn(async () => []);
    render(
      <PopupApp {...makePopupProps({ loadQueue, queueFromSnapshot: () => true, loadPipeline, loadRecentProspects })} />,
    );
    await waitFor(() => expect(screen.getByRole('list', { name: 'Overdue' }).textContent).toContain('Alan Turing'));
    expect(loadQueue).toHaveBeenCalledTimes(2);
    expect(loadPipeline).toHaveBeenCalledTimes(1);
    expect(loadRecentProspects).toHaveBeenCalledTimes(1);
  });

  it('asks the worker once when the first queue is its reply', async () => {
    const loadQueue = vi.fn(async () => ({ queue: makeQueue(), suggestions: {} }));
    render(<PopupApp {...makePopupProps({ loadQueue, queueFromSnapshot: () => false })} />);
    expect(await screen.findByText(/Nothing due/)).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(loadQueue).toHaveBeenCalledTimes(1);
  });

  it('lists recently added prospects under the queue', async () => {
    renderPopup(makeQueue(), [makeProspect({ name: 'Katherine Johnson', company: 'NASA' })]);
    expect((await screen.findByRole('list', { name: 'Prospects' })).textContent).toContain('Katherine Johnson · NASA');
  });

  it('shows a failure to load in words', async () => {
    render(
      <PopupApp
        {...makePopupProps({
          loadQueue: () => Promise.reject(new Error('Fifth Touch\u2019s background did not answer.')),
        })}
      />,
    );
    expect((await screen.findByRole('alert')).textContent).toContain('did not answer');
  });

  it('renders a hostile name and note as text', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    renderPopup(
      makeQueue({
        dueNow: [makeStepItem({ prospect: makeProspect({ name: hostile }), lastTouch: makeTouch({ note: hostile }) })],
      }),
    );
    const list = await screen.findByRole('list', { name: "Today's queue" });
    expect(list.textContent).toContain(hostile);
    expect(list.querySelector('img')).toBeNull();
  });
});
