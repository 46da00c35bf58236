import type { Cadence } from '@/lib/core/model/cadence';

export interface CadenceListing {
  cadence: Cadence;
  enrolledCount: number;
}

export interface PlaybookListProps {
  listings: CadenceListing[];
  onEdit: (listing: CadenceListing) => void;
  onDuplicate: (cadence: Cadence) => void;
  onDelete: (listing: CadenceListing) => void;
  onExport: (cadence: Cadence) => void;
}

function describeUse(count: number): string {
  if (count === 0) return 'nobody in it';
  return count === 1 ? '1 prospect' : `${count} prospects`;
}

/** Every playbook with its size and who uses it; buttons name the playbook for screen readers. */
export function PlaybookList({ listings, onEdit, onDuplicate, onDelete, onExport }: PlaybookListProps) {
  if (listings.length === 0) return <p className="empty-state">No playbooks yet. Create one below.</p>;
  return (
    <ul className="prospect-list" aria-label="Playbooks">
      {listings.map((listing) => {
        const { cadence, enrolledCount } = listing;
        return (
          <li key={cadence.id} aria-label={cadence.name}>
            <span className="prospect-name">{cadence.name}</span>{' '}
            <span className="muted">
              {cadence.steps.length} steps over {cadence.steps.at(-1)?.day ?? 0} days, {describeUse(enrolledCount)}
            </span>
            <div>
              <button type="button" aria-label={`Edit ${cadence.name}`} onClick={() => onEdit(listing)}>
                Edit
              </button>
              <button type="button" aria-label={`Duplicate ${cadence.name}`} onClick={() => onDuplicate(cadence)}>
                Duplicate
              </button>
              <button type="button" aria-label={`Export ${cadence.name}`} onClick={() => onExport(cadence)}>
                Export
              </button>
              <button type="button" aria-label={`Delete ${cadence.name}`} onClick={() => onDelete(listing)}>
                Delete
              </button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
