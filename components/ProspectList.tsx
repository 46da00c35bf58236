import type { Prospect } from '@/lib/core/model';

export interface ProspectListProps {
  prospects: Prospect[];
}

export function ProspectList({ prospects }: ProspectListProps) {
  if (prospects.length === 0) {
    return (
      <p className="empty-state">
        Nothing due — no prospects yet. Open a Gmail thread or a LinkedIn profile to start following up.
      </p>
    );
  }
  return (
    <ul aria-label="Prospects" className="prospect-list">
      {prospects.map((prospect) => (
        <li key={prospect.id}>
          <span className="prospect-name">{prospect.name}</span>
          {prospect.company ? <span className="prospect-company"> · {prospect.company}</span> : null}
        </li>
      ))}
    </ul>
  );
}
