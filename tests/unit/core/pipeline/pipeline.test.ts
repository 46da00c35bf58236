import { hasDealValues, sumPipeline } from '@/lib/core/pipeline/pipeline';
import { makeProspect } from '../../../factories';

describe('the pipeline', () => {
  it('sums deal values by open status, keeps won apart and leaves lost out', () => {
    const pipeline = sumPipeline([
      makeProspect({ status: 'active', dealValue: 1000 }),
      makeProspect({ status: 'active', dealValue: 2500.5 }),
      makeProspect({ status: 'active' }),
      makeProspect({ status: 'paused', dealValue: 400 }),
      makeProspect({ status: 'nurture', dealValue: 0 }),
      makeProspect({ status: 'won', dealValue: 9000 }),
      makeProspect({ status: 'lost', dealValue: 7000 }),
    ]);
    expect(pipeline).toEqual({
      active: { total: 3500.5, prospects: 2 },
      paused: { total: 400, prospects: 1 },
      nurture: { total: 0, prospects: 1 },
      won: { total: 9000, prospects: 1 },
      open: { total: 3900.5, prospects: 4 },
    });
    expect(hasDealValues(pipeline)).toBe(true);
  });

  test.each([
    ['no prospects', []],
    ['prospects without values', [makeProspect(), makeProspect({ status: 'paused' })]],
    ['only lost deals', [makeProspect({ status: 'lost', dealValue: 500 })]],
  ])('is hidden with %s', (_case, prospects) => {
    expect(hasDealValues(sumPipeline(prospects))).toBe(false);
  });

  it('shows once a value is set, even a zero one', () => {
    expect(hasDealValues(sumPipeline([makeProspect({ dealValue: 0 })]))).toBe(true);
  });
});
