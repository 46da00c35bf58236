import { render, screen } from '@testing-library/react';
import { FIRST_QUEUE_PAINT, PopupApp } from '@/components/PopupApp';
import { makeProspect } from '../factories';

describe('PopupApp', () => {
  it('says in words that nothing is due when there are no prospects', async () => {
    render(<PopupApp loadProspects={async () => []} />);
    expect(await screen.findByText(/Nothing due/)).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('lists prospects with their company and marks the first paint', async () => {
    performance.clearMarks(FIRST_QUEUE_PAINT);
    const prospects = [
      makeProspect({ name: 'Grace Hopper', company: 'US Navy' }),
      makeProspect({ name: 'Alan Turing' }),
    ];
    render(<PopupApp loadProspects={async () => prospects} />);
    const list = await screen.findByRole('list', { name: 'Prospects' });
    expect(list.textContent).toContain('Grace Hopper');
    expect(list.textContent).toContain('US Navy');
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    expect(performance.getEntriesByName(FIRST_QUEUE_PAINT)).toHaveLength(1);
  });

  it('shows a failure to load in words', async () => {
    render(
      <PopupApp loadProspects={() => Promise.reject(new Error('Fifth Touch\u2019s background did not answer.'))} />,
    );
    expect((await screen.findByRole('alert')).textContent).toContain('did not answer');
  });

  it('renders a hostile name as text', async () => {
    render(<PopupApp loadProspects={async () => [makeProspect({ name: '<img src=x onerror=alert(1)>' })]} />);
    const item = await screen.findByRole('listitem');
    expect(item.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(item.querySelector('img')).toBeNull();
  });
});
