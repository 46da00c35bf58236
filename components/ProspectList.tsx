import type { Prospect } from '@/lib/core/model';

export interface ProspectListProps {
  prospects: Prospect[];
  label?: string;
}

export function ProspectList({ prospects, label = 'Prospects' }: ProspectListProps) {
  return (
    <ul aria-label={label} className="prospect-list">
      {prospects.map((prospect) => (
        <li key={prospect.id}>
          <span className="prospect-name">{prospect.name}</span>
          {prospect.company ? <span className="prospect-company"> · {prospect.company}</span> : null}
        </li>
      ))}
    </ul>
  );
}
