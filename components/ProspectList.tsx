import type { Prospect } from '@/lib/core/model';

export interface ProspectListProps {
  prospects: Prospect[];
  label?: string;
  /** When given, each name opens the prospect's record. */
  openRecord?: (prospectId: string) => void;
}

export function ProspectList({ prospects, label = 'Prospects', openRecord }: ProspectListProps) {
  return (
    <ul aria-label={label} className="prospect-list">
      {prospects.map((prospect) => (
        <li key={prospect.id}>
          {openRecord ? (
            <button type="button" className="link prospect-name" onClick={() => openRecord(prospect.id)}>
              {prospect.name}
            </button>
          ) : (
            <span className="prospect-name">{prospect.name}</span>
          )}
          {prospect.company ? <span className="prospect-company"> · {prospect.company}</span> : null}
        </li>
      ))}
    </ul>
  );
}
