import { isGmailThreadUrl } from '@/lib/sites/gmail';
import { parseGmailDate } from '@/lib/sites/gmail/message-date';

/** The wall time as Gmail shows it, read in the runtime's zone, as the reader does. */
function localIso(year: number, month: number, day: number, hour: number, minute: number): string {
  return new Date(year, month - 1, day, hour, minute).toISOString();
}

describe('isGmailThreadUrl', () => {
  test.each([
    ['https://mail.google.com/mail/u/0/#inbox/FMfcgzQcqHbBvXjLkTwpRnMsZdGfVhCx', true],
    ['https://mail.google.com/mail/u/1/#label/Big+Deals/FMfcgzQcqHbBvXjLkTwpRnMsZdGfVhCx', true],
    ['https://mail.google.com/mail/u/0/#search/from%3Alena/FMfcgzQcqHbBvXjLkTwpRnMsZdGfVhCx', true],
    ['https://mail.google.com/mail/u/0/#inbox', false],
    ['https://mail.google.com/mail/u/0/#inbox/p2', false],
    ['https://mail.google.com/mail/u/0/#search/quarterlyreport2025abcdef', false],
    ['https://mail.google.com/mail/u/0/#label/Clients', false],
    ['https://mail.google.com/mail/u/0/#settings/general', false],
    ['https://mail.google.com/mail/u/0/#inbox?compose=new', false],
    ['https://evil.example/#inbox/FMfcgzQcqHbBvXjLkTwpRnMsZdGfVhCx', false],
    ['not a url', false],
  ])('%s → %s', (url, expected) => {
    expect(isGmailThreadUrl(url)).toBe(expected);
  });
});

describe('parseGmailDate', () => {
  test.each([
    ['Thu, Dec 18, 2014, 3:04 PM', localIso(2014, 12, 18, 15, 4)],
    ['Thu, Dec 18, 2014 at 12:35 PM', localIso(2014, 12, 18, 12, 35)],
    ['Thu, Dec 18, 2014, 12:10 AM', localIso(2014, 12, 18, 0, 10)],
    ['Mon, 3 Nov 2025, 14:05', localIso(2025, 11, 3, 14, 5)],
    ['Mon, Nov 3, 2025, 2:05\u202fPM', localIso(2025, 11, 3, 14, 5)],
    ['Mon, 1 Sept 2025, 09:00', localIso(2025, 9, 1, 9, 0)],
    ['Sat, Feb 30, 2025, 1:00 PM', null],
    ['Thu, Dec 18, 2014, 13:04 PM', null],
    ['3:04 PM (2 hours ago)', null],
    ['', null],
    ['lundi 3 novembre 2025 à 16:30', null],
  ])('%j → %s', (title, expected) => {
    expect(parseGmailDate(title)).toBe(expected);
  });
});
