import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PopupApp } from '@/components/PopupApp';
import { createMessenger } from '@/lib/messaging/client';
import { requestPersistentStorage } from '@/lib/platform/persistent-storage';
import { sendRuntimeMessage } from '@/lib/platform/runtime';
import '@/components/styles/base.css';

const send = createMessenger(sendRuntimeMessage);
const loadQueue = () => send('getTodayQueue', {});
const loadRecentProspects = () => send('listProspects', { limit: 10 });

void requestPersistentStorage();
const root = document.getElementById('root');
if (!root) throw new Error('popup.html lost its #root element.');
createRoot(root).render(
  <StrictMode>
    <PopupApp loadQueue={loadQueue} loadRecentProspects={loadRecentProspects} now={() => new Date()} />
  </StrictMode>,
);
