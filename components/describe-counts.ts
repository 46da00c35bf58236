const TABLE_LABELS: Record<string, [singular: string, plural: string]> = {
  prospects: ['prospect', 'prospects'],
  cadences: ['playbook', 'playbooks'],
  enrollments: ['enrollment', 'enrollments'],
  touches: ['touch', 'touches'],
  tasks: ['task', 'tasks'],
  contentItems: ['content piece', 'content pieces'],
};

/** "12 prospects, 140 touches, 1 playbook" — settings are left out: there is only ever one. */
export function describeCounts(counts: Record<string, number>): string {
  return Object.entries(TABLE_LABELS)
    .map(([table, [singular, plural]]) => {
      const count = counts[table] ?? 0;
      return `${count} ${count === 1 ? singular : plural}`;
    })
    .join(', ');
}
