import { GmailPageChangedError, readGmailThread, type GmailThread } from '@/lib/sites/gmail';

let reported = false;

/**
 * A half-painted conversation reads like a changed page; it is retried on the next change and
 * reported once, so a real markup change is still visible in the console.
 */
export function readThreadSafely(doc: Document, url: string, ignoredDomains: readonly string[]): GmailThread | null {
  try {
    return readGmailThread(doc, url, { ignoredDomains });
  } catch (error) {
    if (!(error instanceof GmailPageChangedError)) throw error;
    if (!reported) console.warn(`Fifth Touch: ${error.message}`);
    reported = true;
    return null;
  }
}
