import { describeNextStep, formatDayTime, type LeadRow } from '@/lib/core/metrics';

export function LeadsTable({ leads, timeZone }: { leads: LeadRow[]; timeZone: string }) {
  if (leads.length === 0) return <p>No leads were added this week.</p>;
  return (
    <table>
      <caption>Leads added this week</caption>
      <thead>
        <tr>
          <th scope="col">Lead</th>
          <th scope="col">Source</th>
          <th scope="col">Added</th>
          <th scope="col">Touches</th>
          <th scope="col">Next step</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {leads.map((lead) => (
          <tr key={lead.prospectId}>
            <th scope="row">{lead.name}</th>
            <td>{lead.source}</td>
            <td>{formatDayTime(lead.createdAt, timeZone)}</td>
            <td>{lead.touches}</td>
            <td>{describeNextStep(lead.nextStep, timeZone)}</td>
            <td>{lead.status}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
