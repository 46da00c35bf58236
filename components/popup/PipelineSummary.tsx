import { hasDealValues, OPEN_PIPELINE_STATUSES, type Pipeline } from '@/lib/core/pipeline/pipeline';
import { useLoaded } from '../use-loaded';

export interface PipelineSummaryProps {
  load: () => Promise<Pipeline>;
  version?: number;
}

const LABELS = { active: 'Active', paused: 'Paused', nurture: 'Nurture', won: 'Won' } as const;

/** Deal values have no currency in Fifth Touch, so they read as plain numbers in the rep's locale. */
const amount = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });

/** Open deal values by status at the top of the popup; hidden until some prospect has a value. */
export function PipelineSummary({ load, version = 0 }: PipelineSummaryProps) {
  const loaded = useLoaded(load, version);
  if (loaded.state !== 'ready' || !hasDealValues(loaded.value)) return null;
  const pipeline = loaded.value;
  const rows = [...OPEN_PIPELINE_STATUSES, 'won' as const].filter((status) => pipeline[status].prospects > 0);
  return (
    <section aria-label="Pipeline" className="pipeline">
      <p>
        Pipeline <strong>{amount.format(pipeline.open.total)}</strong>
      </p>
      <dl>
        {rows.map((status) => (
          <div key={status}>
            <dt>{LABELS[status]}</dt>
            <dd>
              {amount.format(pipeline[status].total)} ({pipeline[status].prospects})
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
