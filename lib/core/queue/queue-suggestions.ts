import { suggestFilledContent, type FilledSuggestion } from '../content/filled-suggestion';
import type { ContentItem } from '../model';
import type { Queue } from './queue-item';
import { emptyDigest, type TouchDigest } from './touch-digest';

/**
 * One suggestion per step in the queue, computed with the queue from data already read, so the
 * popup sends no message per item when it opens.
 */
export function suggestForQueue(
  queue: Pick<Queue, 'overdue' | 'dueNow' | 'laterToday' | 'next7Days'>,
  touchDigests: readonly TouchDigest[],
  items: readonly ContentItem[],
): Record<string, FilledSuggestion> {
  const digests = new Map(touchDigests.map((digest) => [digest.prospectId, digest]));
  const suggestions: Record<string, FilledSuggestion> = {};
  for (const item of [...queue.overdue, ...queue.dueNow, ...queue.laterToday, ...queue.next7Days]) {
    if (item.kind !== 'step') continue;
    const suggestion = suggestFilledContent({
      items,
      prospect: item.prospect,
      history: digests.get(item.prospect.id) ?? emptyDigest(item.prospect.id),
      stepNumber: item.stepNumber,
      ...(item.intent ? { intent: item.intent } : {}),
    });
    if (suggestion) suggestions[item.key] = suggestion;
  }
  return suggestions;
}
