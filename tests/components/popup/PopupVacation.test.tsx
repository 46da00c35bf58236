import { fireEvent, render, screen } from '@testing-library/react';
import { PopupApp } from '@/components/PopupApp';
import { sumPipeline } from '@/lib/core/pipeline/pipeline';
import { makeProspect } from '../../factories';
import { makeQueue } from '../../factories/queue';
import { makePopupProps, makeVacationActions, NOW } from '../popup-props';

describe('the popup above the queue: vacation and pipeline', () => {
  it('puts the pause and the pipeline above today\u2019s queue', async () => {
    render(
      <PopupApp
        {...makePopupProps({
          loadPipeline: async () => sumPipeline([makeProspect({ dealValue: 2000 })]),
        })}
      />,
    );
    const pipeline = await screen.findByRole('region', { name: 'Pipeline' });
    const vacation = screen.getByRole('region', { name: 'Vacation' });
    const queue = await screen.findByText(/Nothing due/);
    expect(vacation.compareDocumentPosition(pipeline) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(pipeline.compareDocumentPosition(queue) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('back early reloads the queue, since the return moved it', async () => {
    const loadQueue = vi.fn(async () => ({ queue: makeQueue(), suggestions: {} }));
    const vacation = makeVacationActions({
      load: vi.fn(async () => ({ pausedUntil: '2026-12-01T23:00:00.000Z', pausedFrom: NOW.toISOString() })),
    });
    render(<PopupApp {...makePopupProps({ loadQueue, vacation })} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Back early' }));
    await vi.waitFor(() => expect(loadQueue).toHaveBeenCalledTimes(2));
    expect(vacation.returnEarly).toHaveBeenCalledTimes(1);
  });

  it('asks for the pipeline and recent prospects only once the queue is on screen, so neither delays it', async () => {
    let deliverQueue: (data: { queue: ReturnType<typeof makeQueue>; suggestions: object }) => void = () => undefined;
    const loadQueue = vi.fn(() => new Promise<never>((resolve) => (deliverQueue = resolve as never)));
    const loadPipeline = vi.fn(async () => sumPipeline([makeProspect({ status: 'active', dealValue: 900 })]));
    const loadRecentProspects = vi.fn(async () => [makeProspect({ name: 'Newly Added' })]);
    render(<PopupApp {...makePopupProps({ loadQueue, loadPipeline, loadRecentProspects })} />);
    await vi.waitFor(() => expect(loadQueue).toHaveBeenCalled());
    expect(loadPipeline).not.toHaveBeenCalled();
    expect(loadRecentProspects).not.toHaveBeenCalled();
    deliverQueue({ queue: makeQueue(), suggestions: {} });
    expect(await screen.findByRole('region', { name: 'Pipeline' })).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Recently added' })).toBeTruthy();
    expect(loadPipeline).toHaveBeenCalledOnce();
    expect(loadRecentProspects).toHaveBeenCalledOnce();
  });
});
