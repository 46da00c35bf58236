// Bundled to an IIFE and evaluated in a served fixture page, so Chromium runs the readers as shipped.
import { readGmailThread } from '../lib/sites/gmail';
import { readLinkedInProfile } from '../lib/sites/linkedin';

(globalThis as unknown as { fifthTouchReaders: object }).fifthTouchReaders = { readGmailThread, readLinkedInProfile };
