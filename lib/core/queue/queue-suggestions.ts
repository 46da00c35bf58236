import { suggestFilledContent, type FilledSuggestion } from '../content/filled-suggestion';
import type { ContentItem, Touch } from '../model';
import type { Queue } from './queue-item';

/**
 * One suggestion per step in the queue, computed with the queue from data already read, so the
 * popup sends no message per item when it opens.
 */
export function suggestForQueue(
  queue: Pick<Queue, 'overdue' | 'dueNow' | 'laterToday' | 'next7Days'>,
  touches: readonly Touch[],
  items: readonly ContentItem[],
): Record<string, FilledSuggestion> {
  const touchesByProspect = new Map<string, Touch[]>();
  for (const touch of touches) {
    const list = touchesByProspect.get(touch.prospectId) ?? [];
    list.push(touch);
    touchesByProspect.set(touch.prospectId, list);
  }
  const suggestions: Record<string, FilledSuggestion> = {};
  for (const item of [...queue.overdue, ...queue.dueNow, ...queue.laterToday, ...queue.next7Days]) {
    if (item.kind !== 'step') continue;
    const suggestion = suggestFilledContent({
      items,
      prospect: item.prospect,
      touches: touchesByProspect.get(item.prospect.id) ?? [],
      stepNumber: item.stepNumber,
      ...(item.intent ? { intent: item.intent } : {}),
    });
    if (suggestion) suggestions[item.key] = suggestion;
  }
  return suggestions;
}
