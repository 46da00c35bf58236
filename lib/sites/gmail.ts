import { isTrackableAddress, normalizeEmail } from './email-address';
import { parseGmailDate } from './gmail/message-date';
import { readTextWithEmoji, toPlainLine } from './gmail/page-text';
import { queryAllFirst, queryFirst } from './gmail/query';
import { normalizeThreadId, threadTokenFromUrl } from './gmail/thread-id';

/**
 * Every Gmail hook, newest first. Gmail's markup has no public contract, so these are the hooks
 * the maintained extensions still use (SOURCES.md, read 2026-11; FC = FlowCrypt, IS = InboxSDK,
 * GJ = gmail.js, MV = Mailvelope). None was checked against a live page; the fixtures in
 * tests/fixtures/gmail are reconstructed from these.
 */
const SELECTORS = {
  /** Conversation subject heading, which also carries the thread ids. FC 2026-02, IS 2025-11, GJ 2025-03. */
  subject: ['h2.hP'],
  /** Thread id attributes on the subject. The legacy hex id first: the perm id has been missing or
   * the string "undefined" in Workspace since 2025-11 (gmail.js #814, IS 2025-11-25). */
  threadIdAttributes: ['data-legacy-thread-id', 'data-thread-perm-id'],
  /** Reading pane: the selected list row, because the subject's ids can be painted late (IS PR #1309, 2026-08). */
  selectedRowThreadId: ['[gh="tl"] tr.aps [data-legacy-thread-id]'],
  /** One message, oldest first. FC, GJ, MV `[data-message-id]` 2018–2026-01. */
  message: ['div.adn.ads[data-message-id]', 'div.adn.ads'],
  /** Sender: nested as `span.qu > span.gD` in 2025, `h3.iw span.gD` since 2018 (FC, GJ, IS). */
  sender: ['span.qu > span.gD', 'h3.iw span.gD', 'span.gD'],
  /** "<address>" beside the sender's name, for a sender without an `email` attribute. 2018–2025. */
  senderAddress: ['span.go'],
  /** To, Cc and Bcc, inside the "to me, Sarah" line `span.hb`. GJ 2025-03, IS 2025-11. */
  recipients: ['span.g2[email]', 'span.hb span[email]'],
  /** The full date is in `title`; the text is relative ("2 hours ago"). GJ 2025-03, IS 2025-11. */
  date: ['span.g3[title]'],
  /** Google bar account button, "Google Account: Name (address)". 2019–2025. */
  accountButton: ['a[aria-label*="@"][href*="accounts.google.com"]', 'header a[aria-label*="@"]'],
  /** The main column (thread or list) where the banner goes on top. `role=main` 2018–2025 (IS, FC). */
  mainArea: ['div[role="main"]', '[role="main"]'],
  /** Views Gmail keeps in the page after navigating away, hidden by inline style (IS 2023-09). */
  hiddenView: ['[style*="display: none"]', '[style*="display:none"]'],
} as const;

const MAX_SUBJECT_LENGTH = 300;
const MAX_NAME_LENGTH = 120;

export interface GmailPerson {
  name: string;
  email: string;
}

export interface GmailThread {
  /** The 16-hex legacy id when Gmail shows one (nearly always); else `thread-a:r…` or the URL token. */
  threadId: string;
  subject: string;
  /** The signed-in address, or `null` when the page does not show it. */
  account: string | null;
  /**
   * The first participant who passes `isTrackableAddress`; `null` when every participant is the
   * rep, a colleague or an automated sender.
   */
  prospect: GmailPerson | null;
  /**
   * Everyone in the conversation, the rep included, in order of first appearance, under the name
   * they send with (someone who only receives keeps Gmail's recipient name, "me" for the rep).
   */
  participants: GmailPerson[];
  lastMessage: { fromEmail: string; at: string | null };
}

export interface ReadGmailThreadOptions {
  /** Settings' `ignoredDomains`; never prospects. */
  ignoredDomains?: readonly string[];
}

/** Gmail shows a conversation but a part every conversation has could not be found. Log it once. */
export class GmailPageChangedError extends Error {
  override readonly name = 'GmailPageChangedError';

  constructor(
    readonly missing: string,
    readonly selectors: readonly string[],
  ) {
    super(`Gmail shows a conversation but its ${missing} was not found (looked for ${selectors.join(' | ')}).`);
  }
}

/**
 * The conversation open in `doc` (full view or reading pane), or `null` when none is shown
 * (lists, search results, settings, compose). Names and subjects are plain trimmed text; emails
 * are lowercase. Throws `GmailPageChangedError` when a conversation is shown but its messages or
 * id cannot be read; a half-painted conversation can do this too, so read after the page settles.
 */
export function readGmailThread(
  doc: Document,
  url: string,
  { ignoredDomains = [] }: ReadGmailThreadOptions = {},
): GmailThread | null {
  const subject = findVisibleSubject(doc);
  if (!subject) return null;

  const messages = readMessages(findConversation(subject));
  const lastMessage = messages.at(-1);
  if (!lastMessage) throw new GmailPageChangedError('message senders', [...SELECTORS.message, ...SELECTORS.sender]);
  const threadId = readThreadId(subject, doc, url);
  if (!threadId) throw new GmailPageChangedError('thread id', [...SELECTORS.threadIdAttributes, 'URL hash']);

  const account = readGmailAccount(doc, url);
  const participants = collectParticipants(messages);
  return {
    threadId,
    subject: toPlainLine(readTextWithEmoji(subject), MAX_SUBJECT_LENGTH),
    account,
    prospect: participants.find((person) => isTrackableAddress(person.email, { account, ignoredDomains })) ?? null,
    participants,
    lastMessage: { fromEmail: lastMessage.from.email, at: lastMessage.at },
  };
}

/**
 * The signed-in address from the tab title ("Inbox (3) - rep@acme.com - Gmail"), the Google bar
 * account button, or a `/mail/u/<address>/` URL; `null` when none shows it.
 */
export function readGmailAccount(doc: Document, url = ''): string | null {
  return accountFromTitle(doc.title) ?? accountFromButton(doc) ?? normalizeEmail(/\/mail\/u\/([^/?#]+)/.exec(url)?.[1]);
}

export { isGmailThreadUrl } from './gmail/thread-id';

interface GmailMessage {
  from: GmailPerson;
  to: GmailPerson[];
  at: string | null;
}

function findVisibleSubject(doc: Document): Element | null {
  const hiddenView = SELECTORS.hiddenView.join(', ');
  for (const selector of SELECTORS.subject) {
    for (const subject of doc.querySelectorAll(selector)) if (!subject.closest(hiddenView)) return subject;
  }
  return null;
}

/**
 * The smallest ancestor of the subject that holds messages: in the reading pane this leaves out the
 * list, and it leaves out other conversations Gmail keeps hidden, whatever the wrappers are called.
 */
function findConversation(subject: Element): Element | null {
  const anyMessage = SELECTORS.message.join(', ');
  let ancestor = subject.parentElement;
  while (ancestor && !ancestor.querySelector(anyMessage)) ancestor = ancestor.parentElement;
  return ancestor;
}

/** Messages with a readable sender, oldest first; drafts and unloaded messages have none. */
function readMessages(conversation: Element | null): GmailMessage[] {
  if (!conversation) return [];
  return queryAllFirst(conversation, SELECTORS.message).flatMap((message) => {
    const senderElement = queryFirst(message, SELECTORS.sender);
    const addressText = queryFirst(message, SELECTORS.senderAddress)?.textContent?.replace(/[<>]/g, '');
    const from = senderElement && readPerson(senderElement, addressText);
    if (!from) return [];
    const to = queryAllFirst(message, SELECTORS.recipients).flatMap((element) => readPerson(element) ?? []);
    const at = parseGmailDate(queryFirst(message, SELECTORS.date)?.getAttribute('title') ?? null);
    return [{ from, to, at }];
  });
}

function readPerson(element: Element, fallbackAddress?: string): GmailPerson | null {
  const email = normalizeEmail(
    element.getAttribute('email') ?? element.getAttribute('data-hovercard-id') ?? fallbackAddress,
  );
  if (!email) return null;
  const name = toPlainLine(element.getAttribute('name') || element.textContent, MAX_NAME_LENGTH);
  return { name: name || email, email };
}

/** Everyone once, in order of first appearance, under the name they send with when they sent anything. */
function collectParticipants(messages: GmailMessage[]): GmailPerson[] {
  const byEmail = new Map<string, GmailPerson>();
  for (const { from, to } of messages) {
    for (const person of [from, ...to]) if (!byEmail.has(person.email)) byEmail.set(person.email, person);
  }
  // Recipient lines show short names ("me", "Lena"); re-setting a key keeps its position.
  for (const { from } of messages) byEmail.set(from.email, from);
  return [...byEmail.values()];
}

/** The account is the segment before the product name; a subject before it may hold addresses too. */
function accountFromTitle(title: string): string | null {
  const segments = title.split(/\s[-–]\s/);
  return segments.length >= 3 ? normalizeEmail(segments.at(-2)) : null;
}

function accountFromButton(doc: Document): string | null {
  const label = queryFirst(doc, SELECTORS.accountButton)?.getAttribute('aria-label') ?? '';
  return normalizeEmail(label.match(/[^\s()<>"]+@[^\s()<>"]+/g)?.at(-1));
}

function readThreadId(subject: Element, doc: Document, url: string): string | null {
  for (const attribute of SELECTORS.threadIdAttributes) {
    const id = normalizeThreadId(subject.getAttribute(attribute));
    if (id) return id;
  }
  const selectedRow = queryFirst(doc, SELECTORS.selectedRowThreadId);
  return normalizeThreadId(selectedRow?.getAttribute('data-legacy-thread-id')) ?? threadTokenFromUrl(url);
}

/** Where the in-page banner goes: the top of the main column, thread or list; `null` before Gmail paints it. */
export function findMainArea(doc: Document): Element | null {
  return queryFirst(doc, SELECTORS.mainArea);
}
