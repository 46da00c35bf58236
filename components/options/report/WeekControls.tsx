import { formatDay, shiftWeek, type WeeklyReport } from '@/lib/core/metrics';

export interface WeekControlsProps {
  week: WeeklyReport['week'];
  onChoose: (weekOf: string) => void;
}

export function WeekControls({ week, onChoose }: WeekControlsProps) {
  return (
    <div className="week-controls">
      <p>
        <strong>
          {formatDay(week.firstDay)} – {formatDay(week.lastDay)}
        </strong>{' '}
        <span className="muted">
          (Monday to Sunday in {week.timeZone}
          {week.hours === 168 ? '' : `; ${week.hours} hours, as the clocks change`})
        </span>
      </p>
      <button type="button" onClick={() => onChoose(shiftWeek(week.firstDay, -1))}>
        Previous week
      </button>
      <button type="button" disabled={week.isCurrent} onClick={() => onChoose(shiftWeek(week.firstDay, 1))}>
        Next week
      </button>
      <label>
        Week of{' '}
        <input
          type="date"
          value={week.firstDay}
          onChange={(event) => {
            if (event.target.value) onChoose(event.target.value);
          }}
        />
      </label>
    </div>
  );
}
