import type { Prospect } from '@/lib/core/model';
import { ProspectList } from '../ProspectList';
import { useLoaded } from '../use-loaded';

export interface RecentProspectsProps {
  load: () => Promise<Prospect[]>;
  version: number;
  openRecord: (prospectId: string) => void;
}

/** The prospects added last, for the rep who just added one; hidden while there are none. */
export function RecentProspects({ load, version, openRecord }: RecentProspectsProps) {
  const recent = useLoaded(load, version);
  if (recent.state !== 'ready' || recent.value.length === 0) return null;
  return (
    <section aria-labelledby="recent-heading">
      <h2 id="recent-heading">Recently added</h2>
      <ProspectList prospects={recent.value} openRecord={openRecord} />
    </section>
  );
}
