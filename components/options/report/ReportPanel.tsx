import { useCallback, useId, useRef, useState } from 'react';
import type { WeeklyReport } from '@/lib/core/metrics';
import type { MonthlyGoals } from '@/lib/core/model/goals';
import { useLoaded } from '../../use-loaded';
import { GiveUpCurveChart } from './GiveUpCurveChart';
import { GoalsForm } from './GoalsForm';
import { GoalsProgress } from './GoalsProgress';
import { LeadsTable } from './LeadsTable';
import { TouchNumberChart } from './TouchNumberChart';
import { useScrollWhenTargeted } from './use-scroll-when-targeted';
import { WeekControls } from './WeekControls';
import { WeekSummary } from './WeekSummary';
import './report.css';

export interface ReportPanelProps {
  /** Any day of the week wanted (`yyyy-MM-dd`); without one, this week. */
  getWeeklyReport: (weekOf?: string) => Promise<WeeklyReport>;
  saveGoals: (goals: MonthlyGoals) => Promise<MonthlyGoals>;
  downloadReportCsv: (report: WeeklyReport) => void;
  printReport: () => void;
}

function ReportView({ report, ...props }: ReportPanelProps & { report: WeeklyReport; reload: () => void }) {
  return (
    <>
      <p className="report-actions">
        <button type="button" onClick={() => props.printReport()}>
          Print report
        </button>
        <button type="button" onClick={() => props.downloadReportCsv(report)}>
          Download report (CSV)
        </button>
      </p>
      <WeekSummary report={report} />
      <LeadsTable leads={report.leads} timeZone={report.week.timeZone} />
      <TouchNumberChart rows={report.byTouchNumber} />
      <GiveUpCurveChart curve={report.giveUpCurve} />
      <h3>Monthly goals</h3>
      <GoalsProgress report={report} />
      <GoalsForm goals={report.goals} saveGoals={props.saveGoals} onSaved={props.reload} />
    </>
  );
}

/** The Friday report: the week's leads and how they were worked, the give-up curve and the monthly goals. */
export function ReportPanel(props: ReportPanelProps) {
  const { getWeeklyReport } = props;
  const [weekOf, setWeekOf] = useState<string | undefined>(undefined);
  const [version, setVersion] = useState(0);
  const loaded = useLoaded(
    useCallback(() => getWeeklyReport(weekOf), [getWeeklyReport, weekOf]),
    version,
  );
  const id = useId();
  const section = useRef<HTMLElement>(null);
  useScrollWhenTargeted(section, 'report');
  return (
    <section ref={section} aria-labelledby={`${id}-heading`} className="panel report">
      <h2 id={`${id}-heading`}>Weekly report</h2>
      {loaded.state === 'loading' ? <p>Loading the report…</p> : null}
      {loaded.state === 'failed' ? <p role="alert">{loaded.message}</p> : null}
      {loaded.state === 'ready' ? (
        <>
          <WeekControls week={loaded.value.week} onChoose={setWeekOf} />
          <ReportView {...props} report={loaded.value} reload={() => setVersion((current) => current + 1)} />
        </>
      ) : null}
    </section>
  );
}
