import { LinkedInLayoutChangedError, type LinkedInProfile } from '@/lib/sites/linkedin';

let reported = false;

/** A changed layout hides the panel and is logged once, instead of on every mutation. */
export function readProfileSafely(read: () => LinkedInProfile | null): LinkedInProfile | null {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof LinkedInLayoutChangedError)) throw error;
    if (!reported) console.warn(`Fifth Touch: ${error.message}`);
    reported = true;
    return null;
  }
}
