import { useEffect, useRef, useState } from 'react';
import { QUEUE_MORE, type QueueSection } from '@/lib/core/queue/queue-sections';
import type { QueueReplyItem } from '@/lib/core/queue/queue-reply';
import type { QueueActions, TodayQueueData } from './queue-actions';
import { QueueItemView } from './QueueItemView';
import { isTypingTarget } from './typing-target';

const SECTIONS = [
  ['overdue', 'Overdue'],
  ['dueNow', 'Due now'],
  ['laterToday', 'Later today'],
  ['next7Days', 'Next 7 days'],
] as const;

export interface TodayQueueProps {
  data: TodayQueueData;
  now: () => Date;
  actions: QueueActions;
  /** Asks for `count` more items of a section than the worker sent (it sends the first few of each). */
  showMore: (section: QueueSection, count: number) => void;
}

/** The queue, with j/k (or arrows) to move, d for done and s for snooze on the focused item. */
export function TodayQueue({ data, now, actions, showMore }: TodayQueueProps) {
  const { queue, suggestions } = data;
  const sections = SECTIONS.filter(([key]) => queue[key].length > 0);
  const items: QueueReplyItem[] = sections.flatMap(([key]) => queue[key]);
  const itemRefs = useRef<(HTMLLIElement | null)[]>([]);
  const [focused, setFocused] = useState(-1);
  const [snoozeOpenKey, setSnoozeOpenKey] = useState<string | null>(null);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (isTypingTarget(event.target) || event.ctrlKey || event.metaKey || event.altKey || items.length === 0) return;
      const move = (to: number) => {
        const index = Math.max(0, Math.min(items.length - 1, to));
        itemRefs.current[index]?.focus();
        event.preventDefault();
      };
      const current = items[focused];
      if (event.key === 'j' || event.key === 'ArrowDown') move(focused + 1);
      else if (event.key === 'k' || event.key === 'ArrowUp') move(focused - 1);
      else if (event.key === 'd' && current) {
        itemRefs.current[focused]?.querySelector<HTMLButtonElement>('.item-actions > button')?.click();
      } else if (event.key === 's' && current) setSnoozeOpenKey(snoozeOpenKey === current.key ? null : current.key);
    }
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [items, focused, snoozeOpenKey]);

  if (sections.length === 0) {
    return (
      <p className="empty-state">
        Nothing due — you are all caught up. New prospects from Gmail and LinkedIn show up here.
      </p>
    );
  }
  // Each item's position in the whole queue, for keyboard moves across sections.
  const offsets = sections.map((_, sectionIndex) =>
    sections.slice(0, sectionIndex).reduce((total, [key]) => total + queue[key].length, 0),
  );
  return (
    <ul aria-label="Today's queue" className="queue">
      {sections.map(([key, title], sectionIndex) => (
        <li key={key} className={`queue-section ${key}`}>
          <h2>
            {title} ({queue.counts[key]})
          </h2>
          <ul aria-label={title} className="queue-items">
            {queue[key].map((item, indexInSection) => {
              const position = (offsets[sectionIndex] ?? 0) + indexInSection;
              return (
                <QueueItemView
                  key={item.key}
                  ref={(element) => {
                    itemRefs.current[position] = element;
                  }}
                  item={item}
                  suggestion={suggestions[item.key] ?? null}
                  now={now}
                  actions={actions}
                  snoozeOpen={snoozeOpenKey === item.key}
                  setSnoozeOpen={(open) => setSnoozeOpenKey(open ? item.key : null)}
                  onFocus={() => setFocused(position)}
                />
              );
            })}
          </ul>
          {queue.counts[key] > queue[key].length ? (
            <button type="button" onClick={() => showMore(key, QUEUE_MORE)}>
              Show {Math.min(QUEUE_MORE, queue.counts[key] - queue[key].length)} more of{' '}
              {queue.counts[key] - queue[key].length}
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
