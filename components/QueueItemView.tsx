import { CHANNEL_LABELS } from '@/lib/core/model/channel';
import type { QueueReplyItem } from '@/lib/core/queue/queue-reply';
import { formatDueTime } from './format-time';

export interface QueueItemViewProps {
  item: QueueReplyItem;
  now: Date;
}

function ChannelList({ item }: { item: QueueReplyItem }) {
  if (item.kind === 'task') return <span className="channels">{item.label}</span>;
  const left = new Set(item.channelsLeft);
  return (
    <span className="channels">
      {item.channels.map((channel) => (
        <span key={channel} className={left.has(channel) ? 'channel' : 'channel done'}>
          {CHANNEL_LABELS[channel]}
          {left.has(channel) ? '' : ' ✓'}
        </span>
      ))}
    </span>
  );
}

export function QueueItemView({ item, now }: QueueItemViewProps) {
  const { prospect, lastTouch } = item;
  return (
    <li className="queue-item">
      <div className="queue-item-head">
        <span className="prospect-name">{prospect.name}</span>
        {prospect.company ? <span className="prospect-company"> · {prospect.company}</span> : null}
        {item.speedToLead ? <span className="speed-to-lead"> · new lead</span> : null}
      </div>
      <div>
        {item.kind === 'step' ? (
          <span className="step">{`Step ${item.stepNumber} of ${item.stepCount}`} · </span>
        ) : null}
        <ChannelList item={item} />
        <span className="due"> · due {formatDueTime(item.dueAt, now)}</span>
      </div>
      {lastTouch ? (
        <div className="last-touch">
          Last touch: {CHANNEL_LABELS[lastTouch.channel]} {formatDueTime(lastTouch.at, now)}
          {lastTouch.note ? ` — ${lastTouch.note}` : ''}
        </div>
      ) : null}
      {item.yeses.length > 0 ? (
        <ul aria-label={`Yeses from ${prospect.name}`} className="yeses">
          {item.yeses.map((yes) => (
            <li key={yes.id}>{yes.note || 'Said yes'}</li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}
