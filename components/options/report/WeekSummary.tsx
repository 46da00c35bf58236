import { formatDecimal, formatMinutes, formatPercent, type WeeklyReport } from '@/lib/core/metrics';

/** The week's figures as a list of terms, so each number is read with its name. */
export function WeekSummary({ report }: { report: WeeklyReport }) {
  const { stats, givenUp } = report;
  const figures: [string, string][] = [
    ['Leads added', String(stats.leads)],
    ['Followed up', `${formatPercent(stats.followedUpPercent)} (${stats.followedUp} of ${stats.leads})`],
    ['Median time to first touch', formatMinutes(stats.medianFirstTouchMinutes)],
    ['90th percentile time to first touch', formatMinutes(stats.p90FirstTouchMinutes)],
    ['Touches per lead', formatDecimal(stats.touchesPerLead)],
    ['Given up', String(givenUp.length)],
  ];
  return (
    <>
      <dl className="report-figures">
        {figures.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {givenUp.length ? (
        <ul aria-label="Given up this week">
          {givenUp.map((lead) => (
            <li key={lead.prospectId}>
              {lead.name}: after {lead.touches} touch{lead.touches === 1 ? '' : 'es'}
              {lead.early ? ' (before the five no’s, with a reason)' : ''}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
