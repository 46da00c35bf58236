import { goalLines, type WeeklyReport } from '@/lib/core/metrics';

function Cell({ line }: { line: { value: string; met: boolean } }) {
  return (
    <td>
      {line.value} <span className={line.met ? 'goal-met' : 'muted'}>{line.met ? '(met)' : '(not yet)'}</span>
    </td>
  );
}

export function GoalsProgress({ report }: { report: WeeklyReport }) {
  const lines = goalLines(report.goals, report.thisMonth, report.lastMonth);
  return (
    <table>
      <caption>Progress against the goals</caption>
      <thead>
        <tr>
          <th scope="col">Goal</th>
          <th scope="col">Target</th>
          <th scope="col">This month ({report.thisMonth.month})</th>
          <th scope="col">Last month ({report.lastMonth.month})</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => (
          <tr key={line.goal}>
            <th scope="row">{line.goal}</th>
            <td>{line.target}</td>
            <Cell line={line.thisMonth} />
            <Cell line={line.lastMonth} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}
