import { mountPage } from '@/components/mount-page';
import { OptionsApp } from '@/components/OptionsApp';
import { weeklyReportToCsv, type WeeklyReport } from '@/lib/core/metrics';
import { createMessenger } from '@/lib/messaging/client';
import { createVacationActions } from '@/lib/messaging/vacation-client';
import { downloadTextFile } from '@/lib/platform/download';
import { requestPersistentStorage } from '@/lib/platform/persistent-storage';
import { sendRuntimeMessage } from '@/lib/platform/runtime';
import '@/components/styles/base.css';

const send = createMessenger(sendRuntimeMessage);

async function exportPlaybook(id: string): Promise<void> {
  const playbook = await send('exportPlaybook', { id });
  const slug = playbook.cadence.name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  downloadTextFile(`fifth-touch-playbook-${slug}.json`, JSON.stringify(playbook, null, 2), 'application/json');
}

async function downloadBackup(): Promise<void> {
  const backup = await send('exportBackup', {});
  const day = backup.exportedAt.slice(0, 10);
  downloadTextFile(`fifth-touch-backup-${day}.json`, JSON.stringify(backup, null, 2), 'application/json');
}

/** The date in the name tells one export from another in the Downloads folder. */
async function downloadCsv(what: 'prospects' | 'touches'): Promise<void> {
  const { csv } = await send(what === 'prospects' ? 'exportProspectsCsv' : 'exportTouchesCsv', {});
  const day = new Date().toISOString().slice(0, 10);
  downloadTextFile(`fifth-touch-${what}-${day}.csv`, csv, 'text/csv;charset=utf-8');
}

function downloadReportCsv(report: WeeklyReport): void {
  downloadTextFile(
    `fifth-touch-report-${report.week.firstDay}.csv`,
    weeklyReportToCsv(report),
    'text/csv;charset=utf-8',
  );
}

void requestPersistentStorage();
mountPage(
  'options.html',
  <OptionsApp
    downloadBackup={downloadBackup}
    previewBackup={(document) => send('previewBackup', { document })}
    restoreBackup={(document, mode) => send('restoreBackup', { document, mode })}
    listCadences={() => send('listCadences', {})}
    saveCadence={(cadence) => send('saveCadence', { cadence })}
    deleteCadence={async (id) => void (await send('deleteCadence', { id }))}
    resetDefaultCadence={async () => void (await send('resetDefaultCadence', {}))}
    exportPlaybook={exportPlaybook}
    importPlaybook={(document) => send('importPlaybook', { document })}
    listContent={() => send('listContent', {})}
    saveContentItem={(item) => send('saveContentItem', { item })}
    deleteContentItem={async (id) => void (await send('deleteContentItem', { id }))}
    getSettings={() => send('getSettings', {})}
    saveSettings={(settings) => send('saveSettings', { settings })}
    vacation={createVacationActions(send)}
    now={() => new Date()}
    importProspects={(rows) => send('importProspects', { rows })}
    exportProspects={() => downloadCsv('prospects')}
    exportTouches={() => downloadCsv('touches')}
    getWeeklyReport={(weekOf) => send('getWeeklyReport', weekOf ? { weekOf } : {})}
    saveGoals={(goals) => send('saveGoals', { goals })}
    downloadReportCsv={downloadReportCsv}
    printReport={() => window.print()}
  />,
);
