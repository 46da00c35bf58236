import { useCallback, useState } from 'react';
import type { RecordYes } from '@/lib/core/prospects/prospect-record';
import { useLoaded } from '../use-loaded';
import { CadenceSection } from './CadenceSection';
import { formatWhen } from './format-record';
import { LinkSection } from './LinkSection';
import { NotesSection } from './NotesSection';
import type { ProspectActions } from './prospect-actions';
import { ProspectDetails } from './ProspectDetails';
import { StatusSection } from './StatusSection';
import { TouchHistory } from './TouchHistory';

export interface ProspectViewProps {
  actions: ProspectActions;
}

function YesList({ yeses }: { yeses: RecordYes[] }) {
  if (yeses.length === 0) return null;
  return (
    <section aria-labelledby="yeses-heading" className="record-section pinned">
      <h2 id="yeses-heading">Yeses so far</h2>
      <ul aria-label="Yeses" className="yeses">
        {yeses.map((yes) => (
          <li key={`${yes.source}:${yes.id}`}>
            {yes.text} <span className="muted">({formatWhen(yes.at)})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** One prospect's whole record: yeses pinned on top, details, playbook, status, history, notes, links. */
export function ProspectView({ actions }: ProspectViewProps) {
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((value) => value + 1), []);
  const loaded = useLoaded(actions.load, version);
  if (loaded.state === 'loading') return <p aria-live="polite">Loading the record…</p>;
  if (loaded.state === 'failed') return <p role="alert">{loaded.message}</p>;
  const record = loaded.value;
  const { prospect } = record;
  return (
    <main className="prospect-record">
      <h1>{prospect.name}</h1>
      <p className="muted">
        {[prospect.title, prospect.company].filter(Boolean).join(' at ')}
        {record.summary.stepNumber ? ` · step ${record.summary.stepNumber} of ${record.summary.stepCount}` : ''}
        {` · ${record.followUps} follow-up${record.followUps === 1 ? '' : 's'}`}
      </p>
      <YesList yeses={record.yeses} />
      <ProspectDetails key={prospect.id} prospect={prospect} actions={actions} reload={reload} />
      <StatusSection
        key={`${prospect.id}:${prospect.status}`}
        status={prospect.status}
        followUps={record.followUps}
        actions={actions}
        reload={reload}
      />
      <CadenceSection key={`${prospect.id}:${record.cadence?.id}`} record={record} actions={actions} reload={reload} />
      <TouchHistory touches={record.touches} actions={actions} reload={reload} />
      <NotesSection notes={prospect.noteEntries} actions={actions} reload={reload} />
      <LinkSection prospectId={prospect.id} matches={record.matches} actions={actions} reload={reload} />
    </main>
  );
}
