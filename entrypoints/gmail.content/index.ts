import { defineContentScript } from 'wxt/utils/define-content-script';
import { hasUnansweredReply } from '@/lib/core/status/reply-seen';
import { mountGmailBanner } from '@/lib/in-page/gmail-banner';
import { observePage } from '@/lib/in-page/observe-page';
import { createMessenger } from '@/lib/messaging/client';
import { createPageCommandListener } from '@/lib/messaging/page-commands';
import type { DueItemBrief } from '@/lib/messaging/protocol';
import { extensionId, onRuntimeMessage, sendRuntimeMessage } from '@/lib/platform/runtime';
import { findMainArea, type GmailThread } from '@/lib/sites/gmail';
import { readThreadSafely } from './read-thread-safely';

const SNOOZE_MS = 24 * 60 * 60 * 1000;

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  main(ctx) {
    const send = createMessenger(sendRuntimeMessage);
    let thread: GmailThread | null = null;
    let shownKey: string | null = null;
    let ignoredDomains: string[] = [];
    let top: DueItemBrief[] = [];
    let prospectId: string | null = null;
    let enrollmentId: string | null = null;
    let matchId: string | null = null;

    function requireProspect(): string {
      if (!prospectId) throw new Error('Start follow-ups for this person first.');
      return prospectId;
    }

    async function loadView(): Promise<void> {
      const person = thread?.prospect ?? null;
      const seen = thread;
      const view = await send('getGmailView', person ? { email: person.email, name: person.name } : {});
      if (seen !== thread) return;
      top = view.top;
      prospectId = view.summary?.prospectId ?? null;
      enrollmentId = view.summary?.enrollmentId ?? null;
      matchId = view.match?.prospectId ?? null;
      const replied = Boolean(
        person &&
        view.summary &&
        hasUnansweredReply(view.summary, person.email, seen?.lastMessage ?? { fromEmail: '', at: null }),
      );
      banner.showView({
        person,
        summary: view.summary,
        replied,
        dueToday: view.dueToday,
        top: view.top,
        match: view.match,
      });
      if (view.ignoredDomains.join() !== ignoredDomains.join()) {
        ignoredDomains = view.ignoredDomains;
        shownKey = null;
        refresh();
      }
    }

    async function thenReload(action: Promise<unknown>): Promise<void> {
      await action;
      await loadView();
    }

    const banner = mountGmailBanner(
      document,
      {
        startFollowUps: () => {
          const person = thread?.prospect;
          if (!person) return Promise.reject(new Error('No one in this thread can be followed up.'));
          return thenReload(send('startFollowUps', person));
        },
        logEmail: () =>
          thenReload(
            send('logTouch', { touchId: crypto.randomUUID(), prospectId: requireProspect(), channel: 'email' }),
          ),
        pauseForReply: () =>
          thenReload(
            send('logTouch', {
              touchId: crypto.randomUUID(),
              prospectId: requireProspect(),
              channel: 'email',
              outcome: 'replied',
              note: 'Replied by email.',
            }),
          ),
        snooze: () => {
          if (!enrollmentId) return Promise.reject(new Error('This prospect has no follow-up to snooze.'));
          return thenReload(
            send('snoozeStep', { enrollmentId, until: new Date(Date.now() + SNOOZE_MS).toISOString() }),
          );
        },
        pause: () => thenReload(send('pauseProspect', { prospectId: requireProspect() })),
        linkMatch: () => {
          const person = thread?.prospect;
          if (!person || !matchId) return Promise.reject(new Error('There is no record to link this sender to.'));
          return thenReload(send('linkGmailSender', { prospectId: matchId, ...person }));
        },
        openRecord: () => {
          if (prospectId) void send('openProspect', { prospectId });
        },
        openItem: (key) => {
          const item = top.find((candidate) => candidate.key === key);
          if (item?.email) location.hash = `#search/${encodeURIComponent(item.email)}`;
          else if (item?.linkedinUrl) window.open(item.linkedinUrl, '_blank', 'noopener');
        },
      },
      () => new Date(),
    );
    ctx.onInvalidated(() => banner.host.remove());
    // The worker's keyboard shortcut (log-touch) asks this page to do what its button does.
    onRuntimeMessage(createPageCommandListener(extensionId(), banner.logEmail));

    function placeBanner() {
      const anchor = findMainArea(document);
      if (anchor && anchor.firstElementChild !== banner.host) anchor.prepend(banner.host);
    }

    function refresh() {
      placeBanner();
      const next = readThreadSafely(document, location.href, ignoredDomains);
      const key = next ? `${next.threadId}|${next.prospect?.email ?? ''}|${next.lastMessage.at ?? ''}` : 'no-thread';
      if (key === shownKey) return;
      shownKey = key;
      thread = next;
      banner.showPerson(next?.prospect ?? null);
      loadView().catch((error: unknown) => banner.showError(error instanceof Error ? error.message : String(error)));
    }

    ctx.addEventListener(window, 'hashchange', refresh);
    ctx.addEventListener(window, 'wxt:locationchange', refresh);
    observePage(document.body, refresh, ctx.signal);
    refresh();
  },
});
