import { newestEnrollmentByProspect } from '@/lib/core/status/newest-enrollment';

const started = (id: string, prospectId: string, startedAt: string) => ({ id, prospectId, startedAt });

describe("each prospect's current enrollment", () => {
  it('is the newest one of each prospect, in whatever order they come', () => {
    const newest = newestEnrollmentByProspect([
      started('ada-2', 'ada', '2026-11-10T09:00:00.000Z'),
      started('alan-1', 'alan', '2026-10-01T09:00:00.000Z'),
      started('ada-1', 'ada', '2026-09-01T09:00:00.000Z'),
      started('ada-3', 'ada', '2026-11-20T09:00:00.000Z'),
    ]);
    expect(newest.get('ada')?.id).toBe('ada-3');
    expect(newest.get('alan')?.id).toBe('alan-1');
    expect(newest.size).toBe(2);
  });

  it('is the later in the list of two started at the same instant, and none for a prospect never enrolled', () => {
    const newest = newestEnrollmentByProspect([
      started('first', 'grace', '2026-11-20T09:00:00.000Z'),
      started('second', 'grace', '2026-11-20T09:00:00.000Z'),
    ]);
    expect(newest.get('grace')?.id).toBe('second');
    expect(newest.get('katherine')).toBeUndefined();
  });
});
