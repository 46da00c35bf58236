import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { OptionsApp } from '@/components/OptionsApp';
import { createMessenger } from '@/lib/messaging/client';
import { downloadTextFile } from '@/lib/platform/download';
import { requestPersistentStorage } from '@/lib/platform/persistent-storage';
import { sendRuntimeMessage } from '@/lib/platform/runtime';
import '@/components/styles/base.css';

const send = createMessenger(sendRuntimeMessage);

async function downloadBackup(): Promise<void> {
  const backup = await send('exportBackup', {});
  const day = backup.exportedAt.slice(0, 10);
  downloadTextFile(`fifth-touch-backup-${day}.json`, JSON.stringify(backup, null, 2), 'application/json');
}

void requestPersistentStorage();
const root = document.getElementById('root');
if (!root) throw new Error('options.html lost its #root element.');
createRoot(root).render(
  <StrictMode>
    <OptionsApp
      downloadBackup={downloadBackup}
      previewBackup={(document) => send('previewBackup', { document })}
      restoreBackup={(document, mode) => send('restoreBackup', { document, mode })}
    />
  </StrictMode>,
);
