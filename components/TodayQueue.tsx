import type { QueueReply } from '@/lib/core/queue/queue-reply';
import { QueueItemView } from './QueueItemView';

const SECTIONS = [
  ['overdue', 'Overdue'],
  ['dueNow', 'Due now'],
  ['laterToday', 'Later today'],
  ['next7Days', 'Next 7 days'],
] as const;

export interface TodayQueueProps {
  queue: QueueReply;
  now: Date;
}

export function TodayQueue({ queue, now }: TodayQueueProps) {
  const sections = SECTIONS.filter(([key]) => queue[key].length > 0);
  if (sections.length === 0) {
    return (
      <p className="empty-state">
        Nothing due — you are all caught up. New prospects from Gmail and LinkedIn show up here.
      </p>
    );
  }
  return (
    <ul aria-label="Today's queue" className="queue">
      {sections.map(([key, title]) => (
        <li key={key} className={`queue-section ${key}`}>
          <h2>
            {title} ({queue[key].length})
          </h2>
          <ul aria-label={title} className="queue-items">
            {queue[key].map((item) => (
              <QueueItemView key={item.key} item={item} now={now} />
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
