import { BackupPanel, type BackupPanelProps } from './BackupPanel';

export type OptionsAppProps = BackupPanelProps;

export function OptionsApp(props: OptionsAppProps) {
  return (
    <main className="options">
      <h1>Fifth Touch settings</h1>
      <BackupPanel {...props} />
    </main>
  );
}
