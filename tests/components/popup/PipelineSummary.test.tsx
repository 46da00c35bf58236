import { render, screen, within } from '@testing-library/react';
import { PipelineSummary } from '@/components/popup/PipelineSummary';
import { sumPipeline } from '@/lib/core/pipeline/pipeline';
import { makeProspect } from '../../factories';

const format = (value: number) => new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 }).format(value);

describe('PipelineSummary', () => {
  it('shows the open total and each status that has deals, won apart', async () => {
    const pipeline = sumPipeline([
      makeProspect({ status: 'active', dealValue: 12000 }),
      makeProspect({ status: 'active', dealValue: 3000 }),
      makeProspect({ status: 'nurture', dealValue: 500 }),
      makeProspect({ status: 'won', dealValue: 40000 }),
    ]);
    render(<PipelineSummary load={async () => pipeline} />);
    const section = await screen.findByRole('region', { name: 'Pipeline' });
    expect(within(section).getByText(format(15500)).tagName).toBe('STRONG');
    const rows = within(section)
      .getAllByRole('term')
      .map((term) => `${term.textContent} ${term.nextElementSibling?.textContent}`);
    expect(rows).toEqual([`Active ${format(15000)} (2)`, `Nurture ${format(500)} (1)`, `Won ${format(40000)} (1)`]);
  });

  it('is hidden when no prospect has a deal value', async () => {
    const load = vi.fn(async () => sumPipeline([makeProspect()]));
    const { container } = render(<PipelineSummary load={load} />);
    await vi.waitFor(() => expect(load).toHaveBeenCalled());
    await Promise.resolve();
    expect(container.textContent).toBe('');
  });
});
