import { useCallback, useId, useRef, useState } from 'react';
import { Settings } from '@/lib/core/model/settings';
import { useLoaded } from '../../use-loaded';
import { describeField, messageOf, wholeNumberOf } from './describe-field';
import { VacationControl, type VacationActions } from '../../vacation/VacationControl';
import { CheckSetting, TextSetting, WEEK_DAYS, WorkingDaysSetting } from './SettingInputs';

export interface SettingsPanelProps {
  getSettings: () => Promise<Settings>;
  saveSettings: (settings: Settings) => Promise<Settings>;
  /** "Pause everything until": the same control and messages as the popup's. */
  vacation: VacationActions;
  now: () => Date;
}

type Change = (settings: Settings) => unknown;

function SettingsForm({
  initial,
  saveSettings,
}: {
  initial: Settings;
  saveSettings: SettingsPanelProps['saveSettings'];
}) {
  // The last saved settings: each change applies to these, so two quick changes never undo each other.
  const saved = useRef(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState('');
  // Rendered from state; `saved` also holds it for changes made before the next render.
  const [s, setShown] = useState(initial);

  async function commit(label: string, change: Change) {
    const result = Settings.safeParse(change(saved.current));
    const setError = (message: string | undefined) =>
      setErrors(({ [label]: _old, ...rest }) => (message ? { ...rest, [label]: message } : rest));
    if (!result.success) {
      setError(describeField(label, result.error.issues));
      setStatus('');
      return;
    }
    try {
      saved.current = await saveSettings(result.data);
      setShown(saved.current);
      setError(undefined);
      setStatus(`Saved: ${label}.`);
    } catch (error) {
      setError(messageOf(error));
    }
  }

  const text = (label: string, value: string, change: (text: string) => Change, type?: 'time' | 'number') => (
    <TextSetting
      label={label}
      type={type}
      value={value}
      error={errors[label]}
      onCommit={(typed) => void commit(label, change(typed))}
    />
  );
  const time = (label: string, value: string, change: (text: string) => Change) => text(label, value, change, 'time');
  const number = (label: string, value: number, change: (value: number) => Change) =>
    text(label, String(value), (typed) => change(wholeNumberOf(typed)), 'number');

  return (
    <>
      <WorkingDaysSetting
        label="Working days"
        days={s.workingDays}
        error={errors['Working days']}
        onCommit={(days) => void commit('Working days', (current) => ({ ...current, workingDays: days }))}
      />
      {time('Working hours start', s.workingHours.start, (start) => (c) => ({
        ...c,
        workingHours: { ...c.workingHours, start },
      }))}
      {time('Working hours end', s.workingHours.end, (end) => (c) => ({
        ...c,
        workingHours: { ...c.workingHours, end },
      }))}
      {text('Home time zone', s.timeZone, (timeZone) => (c) => ({ ...c, timeZone: timeZone.trim() }))}
      {time('Call window start', s.callWindow.start, (start) => (c) => ({
        ...c,
        callWindow: { ...c.callWindow, start },
      }))}
      {time('Call window end', s.callWindow.end, (end) => (c) => ({ ...c, callWindow: { ...c.callWindow, end } }))}
      <CheckSetting
        label="Favour each prospect's best call days"
        checked={s.favourBestCallDays}
        error={errors['Favour best call days']}
        onCommit={(on) => void commit('Favour best call days', (c) => ({ ...c, favourBestCallDays: on }))}
      />
      {number('Callback delay (working days)', s.callbackDelayWorkingDays, (value) => (c) => ({
        ...c,
        callbackDelayWorkingDays: value,
      }))}
      {number('Speed-to-lead window (minutes)', s.speedToLeadMinutes, (value) => (c) => ({
        ...c,
        speedToLeadMinutes: value,
      }))}
      <CheckSetting
        label="Show notifications"
        checked={s.notifications.enabled}
        error={errors['Show notifications']}
        onCommit={(on) =>
          void commit('Show notifications', (c) => ({ ...c, notifications: { ...c.notifications, enabled: on } }))
        }
      />
      {number('Group notifications above', s.notifications.groupAbove, (value) => (c) => ({
        ...c,
        notifications: { ...c.notifications, groupAbove: value },
      }))}
      <p>
        <label>
          Weekly report day{' '}
          <select
            value={s.weeklyReport.day}
            onChange={(event) => {
              const day = Number(event.target.value);
              void commit('Weekly report day', (c) => ({ ...c, weeklyReport: { ...c.weeklyReport, day } }));
            }}
          >
            {WEEK_DAYS.map((name, day) => (
              <option key={name} value={day}>
                {name}
              </option>
            ))}
          </select>
        </label>
      </p>
      {time('Weekly report time', s.weeklyReport.time, (reportTime) => (c) => ({
        ...c,
        weeklyReport: { ...c.weeklyReport, time: reportTime },
      }))}
      <TextSetting
        label="Domains never to prompt for"
        hint="(one per line, e.g. your company's domain)"
        multiline
        value={s.ignoredDomains.join('\n')}
        error={errors['Domains never to prompt for']}
        onCommit={(typed) => {
          const domains = typed
            .split('\n')
            .map((line) => line.trim())
            .filter((line) => line !== '');
          void commit('Domains never to prompt for', (c) => ({ ...c, ignoredDomains: domains }));
        }}
      />
      {status ? <p role="status">{status}</p> : null}
    </>
  );
}

/** Every setting saves on its own as soon as it changes; a refused value is explained beside it. */
export function SettingsPanel({ getSettings, saveSettings, vacation, now }: SettingsPanelProps) {
  const loaded = useLoaded(useCallback(() => getSettings(), [getSettings]));
  const id = useId();
  return (
    <section aria-labelledby={`${id}-heading`} className="panel settings">
      <h2 id={`${id}-heading`}>Settings</h2>
      {loaded.state === 'loading' ? <p>Loading settings…</p> : null}
      {loaded.state === 'failed' ? <p role="alert">{loaded.message}</p> : null}
      {loaded.state === 'ready' ? <SettingsForm initial={loaded.value} saveSettings={saveSettings} /> : null}
      <VacationControl actions={vacation} now={now} />
    </section>
  );
}
