import type { BackupDocument } from './backup-document';

export interface ReferencedIds {
  prospectIds: Set<string>;
  cadenceIds: Set<string>;
}

/** Ids the document's records point at that the document itself does not contain. */
export function findMissingReferences(document: BackupDocument): ReferencedIds {
  const prospectIds = new Set(document.prospects.map((prospect) => prospect.id));
  const cadenceIds = new Set(document.cadences.map((cadence) => cadence.id));
  const missing: ReferencedIds = { prospectIds: new Set(), cadenceIds: new Set() };
  for (const record of [...document.enrollments, ...document.touches, ...document.tasks]) {
    if (!prospectIds.has(record.prospectId)) missing.prospectIds.add(record.prospectId);
  }
  for (const enrollment of document.enrollments) {
    if (!cadenceIds.has(enrollment.cadenceId)) missing.cadenceIds.add(enrollment.cadenceId);
  }
  return missing;
}

export function describeMissingReferences(missing: ReferencedIds): string | null {
  const parts: string[] = [];
  if (missing.prospectIds.size > 0) {
    parts.push(
      `records point at prospect(s) that are not in it or in your data: ${[...missing.prospectIds].slice(0, 3).join(', ')}.`,
    );
  }
  if (missing.cadenceIds.size > 0) {
    parts.push(
      `enrollments point at playbook(s) that are not in it or in your data: ${[...missing.cadenceIds].slice(0, 3).join(', ')}.`,
    );
  }
  return parts.length > 0 ? parts.join(' ') : null;
}
