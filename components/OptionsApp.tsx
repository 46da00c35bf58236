import { BackupPanel, type BackupPanelProps } from './BackupPanel';
import { CsvPanel, type CsvPanelProps } from './options/csv/CsvPanel';
import { ContentPanel, type ContentPanelProps } from './options/content/ContentPanel';
import { PlaybooksPanel, type PlaybooksPanelProps } from './options/playbooks/PlaybooksPanel';
import { ReportPanel, type ReportPanelProps } from './options/report/ReportPanel';
import { SettingsPanel, type SettingsPanelProps } from './options/settings/SettingsPanel';

export type OptionsAppProps = BackupPanelProps &
  PlaybooksPanelProps &
  ContentPanelProps &
  SettingsPanelProps &
  CsvPanelProps &
  ReportPanelProps;

export function OptionsApp(props: OptionsAppProps) {
  return (
    <main className="options">
      <h1>Fifth Touch settings</h1>
      {/* Sections on one page rather than tabs: a link jumps to each, and find-in-page sees everything. */}
      <nav aria-label="Sections">
        <a href="#playbooks">Playbooks</a> · <a href="#content">Content library</a> · <a href="#settings">Settings</a> ·{' '}
        <a href="#backup">Backup</a> · <a href="#csv">Spreadsheets</a> · <a href="#report">Weekly report</a>
      </nav>
      <div id="playbooks">
        <PlaybooksPanel {...props} />
      </div>
      <div id="content">
        <ContentPanel {...props} />
      </div>
      <div id="settings">
        <SettingsPanel {...props} />
      </div>
      <div id="backup">
        <BackupPanel {...props} />
      </div>
      <div id="csv">
        <CsvPanel {...props} />
      </div>
      <div id="report">
        <ReportPanel {...props} />
      </div>
    </main>
  );
}
