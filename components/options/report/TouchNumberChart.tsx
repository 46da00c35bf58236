import type { TouchNumberRow } from '@/lib/core/metrics';
import { BarChart } from './BarChart';

const count = (value: number | null) => String(value ?? 0);

export function TouchNumberChart({ rows }: { rows: TouchNumberRow[] }) {
  return (
    <>
      <h3>Meetings and wins by touch</h3>
      <BarChart
        title="Meetings booked and deals won this week, by the touch on which they happened"
        categoryLabel="Touch"
        categories={rows.map((row) => row.touchNumber)}
        series={[
          { name: 'Meetings', values: rows.map((row) => row.meetings), tone: 'primary' },
          { name: 'Wins', values: rows.map((row) => row.wins), tone: 'secondary' },
        ]}
        format={count}
      />
    </>
  );
}
