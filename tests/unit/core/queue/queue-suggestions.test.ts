import { suggestForQueue } from '@/lib/core/queue/queue-suggestions';
import { digestAllTouches } from '@/lib/core/queue/touch-digest';
import { makeContentItem, makeProspect, makeTouch } from '../../../factories';
import { makeQueue, makeStepItem } from '../../../factories/queue';

describe('suggestForQueue', () => {
  it('suggests one unsent piece per step item, filled for its prospect with its last note, and none for tasks', () => {
    const lena = makeProspect({ id: 'lena', name: 'Lena Vogel', company: 'Kestrel' });
    const sam = makeProspect({ id: 'sam', name: 'Sam Lee' });
    const items = [
      makeContentItem({ id: 'a', kind: 'insight', title: 'A', body: 'Hi {{firstName}} at {{company}}' }),
      makeContentItem({ id: 'b', kind: 'insight', title: 'B', body: 'Hello {{firstName}}, about {{lastNote}}' }),
    ];
    const queue = makeQueue({
      dueNow: [makeStepItem({ key: 'step:lena', prospect: lena, intent: 'insight' })],
      next7Days: [makeStepItem({ key: 'step:sam', prospect: sam, intent: 'insight' })],
    });
    const touches = digestAllTouches([makeTouch({ prospectId: 'lena', contentId: 'a', note: 'loves hiking' })]);
    const suggestions = suggestForQueue(queue, touches, items);
    expect(suggestions['step:lena']).toMatchObject({ id: 'b', text: 'Hello Lena, about loves hiking' });
    expect(suggestions['step:sam']).toMatchObject({ id: 'a', text: 'Hi Sam at your team' });
  });

  it('leaves out an item whose prospect has received everything', () => {
    const lena = makeProspect({ id: 'lena' });
    const queue = makeQueue({ dueNow: [makeStepItem({ key: 'step:lena', prospect: lena })] });
    expect(
      suggestForQueue(queue, digestAllTouches([makeTouch({ prospectId: 'lena', contentId: 'only' })]), [
        makeContentItem({ id: 'only' }),
      ]),
    ).toEqual({});
  });
});
