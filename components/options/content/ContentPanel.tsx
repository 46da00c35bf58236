import { useCallback, useId, useState } from 'react';
import type { ContentItem } from '@/lib/core/model/content-item';
import { CONTENT_KINDS, type ContentKind } from '@/lib/core/model/content-kind';
import { useLoaded } from '../../use-loaded';
import { messageOf } from '../settings/describe-field';
import { ContentEditor, type ContentItemDraft } from './ContentEditor';

export interface ContentPanelProps {
  listContent: () => Promise<ContentItem[]>;
  saveContentItem: (item: ContentItemDraft) => Promise<ContentItem>;
  deleteContentItem: (id: string) => Promise<void>;
}

type Notice = { kind: 'status' | 'alert'; message: string } | null;

const NEW_PIECE: ContentItemDraft = { kind: 'value', title: '', body: '', tags: [] };

/** The rep's library: what the suggestions pick from at each step, filtered by kind. */
export function ContentPanel({ listContent, saveContentItem, deleteContentItem }: ContentPanelProps) {
  const [version, setVersion] = useState(0);
  const [kind, setKind] = useState<ContentKind | ''>('');
  const [editing, setEditing] = useState<ContentItemDraft | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const loaded = useLoaded(
    useCallback(() => listContent(), [listContent]),
    version,
  );
  const id = useId();

  async function save(item: ContentItemDraft) {
    const saved = await saveContentItem(item);
    setEditing(null);
    setNotice({ kind: 'status', message: `Saved ${saved.title}.` });
    setVersion((current) => current + 1);
  }

  async function remove(item: ContentItem) {
    try {
      await deleteContentItem(item.id);
      setNotice({ kind: 'status', message: `Deleted ${item.title}.` });
      setVersion((current) => current + 1);
    } catch (error) {
      setNotice({ kind: 'alert', message: messageOf(error) });
    }
  }

  const heading = <h2 id={`${id}-heading`}>Content library</h2>;
  if (editing) {
    return (
      <section aria-labelledby={`${id}-heading`} className="panel">
        {heading}
        <ContentEditor initial={editing} onSave={save} onCancel={() => setEditing(null)} />
      </section>
    );
  }
  const shown = loaded.state === 'ready' ? loaded.value.filter((item) => kind === '' || item.kind === kind) : [];
  return (
    <section aria-labelledby={`${id}-heading`} className="panel">
      {heading}
      <label htmlFor={`${id}-kind`}>Show kind</label>{' '}
      <select id={`${id}-kind`} value={kind} onChange={(event) => setKind(event.target.value as ContentKind | '')}>
        <option value="">All kinds</option>
        {CONTENT_KINDS.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>{' '}
      <button type="button" onClick={() => setEditing({ ...NEW_PIECE, kind: kind === '' ? 'value' : kind })}>
        New piece
      </button>
      {loaded.state === 'loading' ? <p>Loading your library…</p> : null}
      {loaded.state === 'failed' ? <p role="alert">{loaded.message}</p> : null}
      {loaded.state === 'ready' && shown.length === 0 ? (
        <p className="empty-state">No pieces of this kind yet.</p>
      ) : null}
      {shown.length > 0 ? (
        <ul className="prospect-list" aria-label="Content pieces">
          {shown.map((item) => (
            <li key={item.id} aria-label={item.title}>
              <span className="prospect-name">{item.title}</span> <span className="muted">{item.kind}</span>
              {item.tags.length > 0 ? <span className="muted"> · {item.tags.join(', ')}</span> : null}
              <div>
                <button type="button" aria-label={`Edit ${item.title}`} onClick={() => setEditing(item)}>
                  Edit
                </button>
                <button type="button" aria-label={`Delete ${item.title}`} onClick={() => void remove(item)}>
                  Delete
                </button>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      {notice ? <p role={notice.kind}>{notice.message}</p> : null}
    </section>
  );
}
