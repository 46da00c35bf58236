import { defineContentScript } from 'wxt/utils/define-content-script';
import type { TouchOutcome } from '@/lib/core/model/touch';
import { mountLinkedInPanel } from '@/lib/in-page/linkedin-panel';
import { observePage } from '@/lib/in-page/observe-page';
import { createMessenger } from '@/lib/messaging/client';
import { createPageCommandListener } from '@/lib/messaging/page-commands';
import { extensionId, onRuntimeMessage, sendRuntimeMessage } from '@/lib/platform/runtime';
import { readLinkedInProfile, type LinkedInProfile } from '@/lib/sites/linkedin';
import { readProfileSafely } from './read-profile-safely';

export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  main(ctx) {
    const send = createMessenger(sendRuntimeMessage);
    let shown: LinkedInProfile | null = null;
    let touchId: string | null = null;

    function requireTouch(): string {
      if (!touchId) throw new Error('Log the touch first.');
      return touchId;
    }

    const panel = mountLinkedInPanel(
      document,
      {
        logTouch: async () => {
          if (!shown) throw new Error('No LinkedIn profile is open.');
          touchId ??= crypto.randomUUID();
          return (await send('logProfileTouch', { touchId, profile: shown })).summary;
        },
        setOutcome: (outcome: TouchOutcome) => send('updateTouch', { touchId: requireTouch(), outcome }),
        saveNote: (note: string) => send('updateTouch', { touchId: requireTouch(), note }),
        openRecord: (prospectId: string) => void send('openProspect', { prospectId }),
      },
      () => new Date(),
    );
    ctx.onInvalidated(() => panel.host.remove());
    // The worker's keyboard shortcut (log-touch) asks this page to do what its button does.
    onRuntimeMessage(createPageCommandListener(extensionId(), panel.logTouch));

    function refresh() {
      const profile = readProfileSafely(() => readLinkedInProfile(document, location.href));
      if (profile?.profileUrl === shown?.profileUrl && profile?.name === shown?.name) return;
      shown = profile;
      touchId = null;
      if (!profile) {
        panel.host.remove();
        return;
      }
      if (!panel.host.isConnected) document.body.append(panel.host);
      panel.showPerson(profile.name);
      send('getProspectSummary', { linkedinUrl: profile.profileUrl }).then(
        (summary) => shown === profile && panel.showSummary(summary),
        (error: unknown) =>
          shown === profile && panel.showError(error instanceof Error ? error.message : String(error)),
      );
    }

    ctx.addEventListener(window, 'wxt:locationchange', refresh);
    observePage(document.body, refresh, ctx.signal);
    refresh();
  },
});
