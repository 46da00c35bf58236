import { forwardRef, useCallback, useState } from 'react';
import { CHANNEL_LABELS } from '@/lib/core/model/channel';
import type { QueueReplyItem } from '@/lib/core/queue/queue-reply';
import { ContentSuggestion } from './ContentSuggestion';
import { Countdown } from './Countdown';
import { formatClockTimeIn, formatDueTime } from './format-time';
import type { QueueActions, SuggestionView } from './queue-actions';
import { QueueItemActions } from './QueueItemActions';

export interface QueueItemViewProps {
  item: QueueReplyItem;
  /** The piece the worker suggested with the queue; "Another" asks for the next one. */
  suggestion: SuggestionView | null;
  now: () => Date;
  actions: QueueActions;
  snoozeOpen: boolean;
  setSnoozeOpen: (open: boolean) => void;
  onFocus: () => void;
}

/** Glyphs, not images: nothing to load, and the text label beside each one is what is read out. */
const CHANNEL_ICONS: Record<keyof typeof CHANNEL_LABELS, string> = { call: '☎', email: '✉', linkedin: 'in', x: '𝕏' };

function ChannelList({ item }: { item: QueueReplyItem }) {
  if (item.kind === 'task') return <span className="channels">{item.label}</span>;
  const left = new Set(item.channelsLeft);
  return (
    <span className="channels">
      {item.channels.map((channel) => (
        <span key={channel} className={left.has(channel) ? 'channel' : 'channel done'}>
          <span aria-hidden="true" className="channel-icon">
            {CHANNEL_ICONS[channel]}
          </span>
          {CHANNEL_LABELS[channel]}
          {left.has(channel) ? '' : ' ✓'}
        </span>
      ))}
    </span>
  );
}

/** Where the prospect is for a call: their own clock matters more than the rep's. */
function prospectLocalTime(item: QueueReplyItem): string | null {
  const zone = item.prospect.timeZone;
  const hasCall = item.kind === 'step' ? item.channelsLeft.includes('call') : item.taskKind === 'callback';
  if (!zone || !hasCall) return null;
  return formatClockTimeIn(item.dueAt, zone);
}

export const QueueItemView = forwardRef<HTMLLIElement, QueueItemViewProps>(function QueueItemView(
  { item, suggestion, now, actions, snoozeOpen, setSnoozeOpen, onFocus },
  ref,
) {
  const { prospect, lastTouch } = item;
  const [contentId, setContentId] = useState<string | undefined>(suggestion?.id);
  const loadSuggestion = useCallback((passedOver: string[]) => actions.suggest(item, passedOver), [actions, item]);
  const onSuggestion = useCallback((suggestion: SuggestionView | null) => setContentId(suggestion?.id), []);
  const theirTime = prospectLocalTime(item);
  const yesNotes = prospect.noteEntries.filter((note) => note.yes);
  return (
    <li className="queue-item" ref={ref} tabIndex={-1} onFocus={onFocus} aria-label={`${prospect.name}, ${item.label}`}>
      <div className="queue-item-head">
        <span className="prospect-name">{prospect.name}</span>
        {prospect.company ? <span className="prospect-company"> · {prospect.company}</span> : null}{' '}
        <button
          type="button"
          className="link"
          aria-label={`Open the record of ${prospect.name}`}
          onClick={() => actions.openRecord(prospect.id)}
        >
          Record
        </button>
        {item.speedToLead ? (
          <span className="speed-to-lead">
            {' '}
            · new lead, <Countdown dueAt={item.dueAt} now={now} />
          </span>
        ) : null}
      </div>
      <div>
        {item.kind === 'step' ? (
          <span className="step">{`Step ${item.stepNumber} of ${item.stepCount}`} · </span>
        ) : null}
        <ChannelList item={item} />
        <span className="due"> · due {formatDueTime(item.dueAt, now())}</span>
        {theirTime ? <span className="their-time"> ({theirTime} their time)</span> : null}
      </div>
      {item.kind === 'task' && item.note ? <div className="muted">{item.note}</div> : null}
      {lastTouch ? (
        <div className="last-touch">
          Last touch: {CHANNEL_LABELS[lastTouch.channel]} {formatDueTime(lastTouch.at, now())}
          {lastTouch.note ? ` — ${lastTouch.note}` : ''}
        </div>
      ) : null}
      {item.yeses.length + yesNotes.length > 0 ? (
        <ul aria-label={`Yeses from ${prospect.name}`} className="yeses">
          {item.yeses.map((yes) => (
            <li key={yes.id}>{yes.note || 'Said yes'}</li>
          ))}
          {yesNotes.map((note) => (
            <li key={note.id}>{note.text}</li>
          ))}
        </ul>
      ) : null}
      {item.kind === 'step' ? (
        <ContentSuggestion initial={suggestion} load={loadSuggestion} copy={actions.copy} onChange={onSuggestion} />
      ) : null}
      <QueueItemActions
        item={item}
        actions={actions}
        now={now}
        contentId={contentId}
        snoozeOpen={snoozeOpen}
        setSnoozeOpen={setSnoozeOpen}
      />
    </li>
  );
});
