import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PopupApp } from '@/components/PopupApp';
import { makeProspect } from '../factories';
import { makeQueue, makeStepItem } from '../factories/queue';
import { makeActions, makePopupProps } from './popup-props';

const GRACE = makeProspect({
  id: 'p-grace',
  name: 'Grace Hopper',
  noteEntries: [
    { id: 'n-1', at: '2026-11-20T10:00:00.000Z', text: 'Wants a pilot in Q1', yes: true },
    { id: 'n-2', at: '2026-11-21T10:00:00.000Z', text: 'Prefers mornings', yes: false },
  ],
});

describe('the popup opens prospect records', () => {
  it('from a queue item, which also shows the notes marked as yeses', async () => {
    const actions = makeActions();
    const queue = makeQueue({ dueNow: [makeStepItem({ prospect: GRACE })] });
    render(<PopupApp {...makePopupProps({ actions, loadQueue: async () => ({ queue, suggestions: {} }) })} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Open the record of Grace Hopper' }));
    expect(actions.openRecord).toHaveBeenCalledWith('p-grace');
    const yeses = screen.getByRole('list', { name: 'Yeses from Grace Hopper' });
    expect(
      within(yeses)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Wants a pilot in Q1']);
  });

  it('from search results and the recently added list', async () => {
    const actions = makeActions();
    render(
      <PopupApp
        {...makePopupProps({ actions, searchProspects: async () => [GRACE], loadRecentProspects: async () => [GRACE] })}
      />,
    );
    const recent = await screen.findByRole('list', { name: 'Prospects' });
    await userEvent.click(within(recent).getByRole('button', { name: 'Grace Hopper' }));
    await userEvent.type(screen.getByLabelText('Search prospects'), 'Grace');
    const results = await screen.findByRole('list', { name: 'Search results' });
    await userEvent.click(within(results).getByRole('button', { name: 'Grace Hopper' }));
    expect(actions.openRecord).toHaveBeenNthCalledWith(1, 'p-grace');
    expect(actions.openRecord).toHaveBeenNthCalledWith(2, 'p-grace');
  });
});
