import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ProspectView } from '@/components/prospect/ProspectView';
import { createMessenger } from '@/lib/messaging/client';
import { sendRuntimeMessage } from '@/lib/platform/runtime';
import { createProspectActions } from './prospect-actions';
import '@/components/styles/base.css';

const send = createMessenger(sendRuntimeMessage);
const prospectId = new URLSearchParams(location.search).get('id') ?? '';
const root = document.getElementById('root');
if (!root) throw new Error('prospect.html lost its #root element.');
createRoot(root).render(
  <StrictMode>
    {prospectId ? (
      <ProspectView actions={createProspectActions(send, prospectId)} />
    ) : (
      <p role="alert">No prospect was named. Open a record from the popup, Gmail or LinkedIn.</p>
    )}
  </StrictMode>,
);
