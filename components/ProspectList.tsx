import type { Prospect } from '@/lib/core/model';

export interface ProspectListProps {
  prospects: Prospect[];
}

export function ProspectList({ prospects }: ProspectListProps) {
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
