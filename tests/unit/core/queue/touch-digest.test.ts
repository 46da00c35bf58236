import { digestAllTouches, digestTouches, emptyDigest } from '@/lib/core/queue/touch-digest';
import { makeTouch } from '../../../factories';

const at = (day: number) => `2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z`;

describe('touch digest', () => {
  it('keeps the last touch, the yeses oldest first, follow-ups, sent content and the last note', () => {
    const touches = [
      makeTouch({ id: 'c', prospectId: 'p', at: at(5), outcome: 'yes', note: 'Yes to a pilot', contentId: 'k2' }),
      makeTouch({ id: 'a', prospectId: 'p', at: at(1), contentId: 'k1', note: 'Asked about pricing' }),
      makeTouch({ id: 'b', prospectId: 'p', at: at(3), outcome: 'yes', note: 'Budget approved', contentId: 'k1' }),
      makeTouch({ id: 'r', prospectId: 'p', at: at(6), outcome: 'replied' }),
      makeTouch({ id: 'd', prospectId: 'p', at: at(7), outcome: 'no-answer', channel: 'call' }),
      makeTouch({ id: 'x', prospectId: 'other', at: at(9), note: 'not theirs' }),
    ];
    const digest = digestTouches('p', touches);
    expect(digest.lastTouch).toMatchObject({ id: 'd', outcome: 'no-answer', channel: 'call' });
    expect(digest.yeses.map((yes) => yes.note)).toEqual(['Budget approved', 'Yes to a pilot']);
    expect(digest.sentContentIds).toEqual(['k1', 'k2']);
    expect(digest.lastNote).toBe('Yes to a pilot');
    expect(digest.followUps).toBe(4); // the reply is the prospect's move, not a follow-up
  });

  it('is the empty digest for a prospect without touches', () => {
    expect(digestTouches('p', [])).toEqual(emptyDigest('p'));
  });

  it('digests every prospect at once the same as one by one', () => {
    const touches = [1, 2, 3, 4, 5, 6].map((day) =>
      makeTouch({ prospectId: day % 2 ? 'odd' : 'even', at: at(day), note: `day ${day}` }),
    );
    const all = digestAllTouches(touches);
    expect(all.map((digest) => digest.prospectId).sort()).toEqual(['even', 'odd']);
    for (const digest of all) expect(digest).toEqual(digestTouches(digest.prospectId, touches));
    expect(all.find((digest) => digest.prospectId === 'even')?.lastNote).toBe('day 6');
  });
});
