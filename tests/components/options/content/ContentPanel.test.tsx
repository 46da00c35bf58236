import { fireEvent, render, screen, within } from '@testing-library/react';
import type { ContentItem } from '@/lib/core/model';
import { ContentPanel, type ContentPanelProps } from '@/components/options/content/ContentPanel';

const PIECES: ContentItem[] = [
  { id: 'c-1', kind: 'insight', title: 'Benchmark', body: 'Hi {{firstName}}', tags: ['ops'] },
  { id: 'c-2', kind: 'news', title: 'Industry news', body: 'News for {{company}}', tags: [] },
];

function renderPanel(overrides: Partial<ContentPanelProps> = {}) {
  const props: ContentPanelProps = {
    listContent: vi.fn(async () => PIECES),
    saveContentItem: vi.fn(async (item) => ({ ...item, id: item.id ?? 'c-new' })),
    deleteContentItem: vi.fn(async () => undefined),
    ...overrides,
  };
  render(<ContentPanel {...props} />);
  return props;
}

describe('ContentPanel', () => {
  it('filters pieces by kind', async () => {
    renderPanel();
    await screen.findByRole('listitem', { name: 'Benchmark' });
    fireEvent.change(screen.getByLabelText('Show kind'), { target: { value: 'news' } });
    expect(screen.getAllByRole('listitem').map((item) => item.getAttribute('aria-label'))).toEqual(['Industry news']);
  });

  it('creates a tagged piece with a live preview for a sample prospect', async () => {
    const props = renderPanel();
    fireEvent.click(await screen.findByRole('button', { name: 'New piece' }));
    const form = screen.getByRole('form', { name: 'New content piece' });
    fireEvent.change(within(form).getByLabelText('Kind'), { target: { value: 'personal' } });
    fireEvent.change(within(form).getByLabelText('Title'), { target: { value: 'Pilot follow-up' } });
    fireEvent.change(within(form).getByLabelText('Text'), {
      target: { value: 'Hi {{firstName}} at {{company}}: {{lastNote}}. <b>ok</b>' },
    });
    fireEvent.change(within(form).getByLabelText('Tags'), { target: { value: 'pilot, q4 ' } });
    expect(within(screen.getByRole('region', { name: 'Preview' })).getByText(/^Hi Ada/).textContent).toBe(
      'Hi Ada at Analytical Engines Ltd: Asked for the pilot scope. <b>ok</b>',
    );
    fireEvent.click(within(form).getByRole('button', { name: 'Save piece' }));
    expect((await screen.findByRole('status')).textContent).toBe('Saved Pilot follow-up.');
    expect(props.saveContentItem).toHaveBeenCalledWith({
      kind: 'personal',
      title: 'Pilot follow-up',
      body: 'Hi {{firstName}} at {{company}}: {{lastNote}}. <b>ok</b>',
      tags: ['pilot', 'q4'],
    });
  });

  it('explains a missing title and a bad link beside the fields, and does not save', async () => {
    const props = renderPanel();
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Benchmark' }));
    const form = screen.getByRole('form', { name: 'Edit Benchmark' });
    fireEvent.change(within(form).getByLabelText('Title'), { target: { value: '' } });
    fireEvent.change(within(form).getByLabelText('Link'), { target: { value: 'not a link' } });
    const alerts = within(form)
      .getAllByRole('alert')
      .map((alert) => alert.textContent?.trim());
    expect(alerts).toEqual(['Title is too short (at least 1 character(s)).', 'Link is not a valid url.']);
    fireEvent.submit(form);
    expect(props.saveContentItem).not.toHaveBeenCalled();
  });

  it('deletes a piece', async () => {
    const props = renderPanel();
    fireEvent.click(await screen.findByRole('button', { name: 'Delete Benchmark' }));
    expect((await screen.findByRole('status')).textContent).toBe('Deleted Benchmark.');
    expect(props.deleteContentItem).toHaveBeenCalledWith('c-1');
  });
});
