import { mountPage } from '@/components/mount-page';
import { ProspectView } from '@/components/prospect/ProspectView';
import { createMessenger } from '@/lib/messaging/client';
import { sendRuntimeMessage } from '@/lib/platform/runtime';
import { createProspectActions } from './prospect-actions';
import '@/components/styles/base.css';

const send = createMessenger(sendRuntimeMessage);
const prospectId = new URLSearchParams(location.search).get('id') ?? '';
mountPage(
  'prospect.html',
  prospectId ? (
    <ProspectView actions={createProspectActions(send, prospectId)} />
  ) : (
    <p role="alert">No prospect was named. Open a record from the popup, Gmail or LinkedIn.</p>
  ),
);
