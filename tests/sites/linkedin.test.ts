import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import {
  LinkedInLayoutChangedError,
  canonicalProfileUrl,
  profileSlug,
  readLinkedInProfile,
  topCardMatchesUrl,
} from '@/lib/sites/linkedin';

const FIXTURES = join(import.meta.dirname, '../fixtures');

// A window that never fetches the scripts, styles and iframes the saved pages reference.
const offlineWindow = new Window({
  settings: {
    disableJavaScriptFileLoading: true,
    disableCSSFileLoading: true,
    disableIframePageLoading: true,
    handleDisabledFileLoadingAsSuccess: true,
  },
});
afterAll(() => offlineWindow.happyDOM.close());

function parseHtml(html: string): Document {
  return new offlineWindow.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

function loadFixture(name: string): Document {
  return parseHtml(readFileSync(join(FIXTURES, 'linkedin', name), 'utf8'));
}

interface ExpectedProfile {
  name: string;
  headline: string;
  currentCompany: string | null;
  location: string | null;
  profileUrl: string;
}
const expected: Record<string, ExpectedProfile> = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8'));
const capturedProfiles = Object.keys(expected)
  .filter((key) => key.startsWith('linkedin/'))
  .map((key) => ({ file: key.slice('linkedin/'.length), ...expected[key]! }));

// expected.json records each page's own URL; the reader returns the canonical form of it.
const CANONICAL_FORM: Record<string, string> = {
  'https://se.linkedin.com/in/eduardo-alvarez-nowak': 'https://www.linkedin.com/in/eduardo-alvarez-nowak/',
  'https://www.linkedin.com/in/jeffweiner08': 'https://www.linkedin.com/in/jeffweiner08/',
  'http://www.linkedin.com/pub/justin-grevich/7/154/181': 'https://www.linkedin.com/pub/justin-grevich/7/154/181/',
};

describe('readLinkedInProfile on captured pages', () => {
  test('every captured LinkedIn fixture has an expectation', () => {
    const files = readdirSync(join(FIXTURES, 'linkedin')).filter((file) => !file.includes('handwritten'));
    expect(capturedProfiles.map((profile) => profile.file).sort()).toEqual(
      files.filter((file) => file.endsWith('.html')).sort(),
    );
  });

  test.each(capturedProfiles)('$file', ({ file, name, headline, currentCompany, location, profileUrl }) => {
    expect(readLinkedInProfile(loadFixture(file), profileUrl)).toEqual({
      profileUrl: CANONICAL_FORM[profileUrl] ?? profileUrl,
      name,
      headline,
      company: currentCompany,
      location,
    });
  });
});

describe('readLinkedInProfile on hand-written pages', () => {
  test('reads an unseen layout from its h1, aria-label and canonical link, leaving unknown fields empty', () => {
    const doc = loadFixture('linkedin-profile-handwritten-2026-unseen-layout.html');
    expect(readLinkedInProfile(doc, 'https://www.linkedin.com/in/anna-lindqvist-%C3%B6berg/')).toEqual({
      profileUrl: 'https://www.linkedin.com/in/anna-lindqvist-%C3%B6berg/',
      name: 'Anna Lindqvist Öberg',
      headline: '',
      company: 'Fjord & Fell AB',
      location: null,
    });
  });

  test('an unseen layout is read only while the page confirms whose card it is', () => {
    const doc = loadFixture('linkedin-profile-handwritten-2026-unseen-layout.html');
    const url = 'https://www.linkedin.com/in/anna-lindqvist-%C3%B6berg/';
    doc.querySelector('a[href*="contact-info"]')!.remove();
    expect(readLinkedInProfile(doc, url)?.name).toBe('Anna Lindqvist Öberg'); // confirmed by the canonical link
    doc.querySelector('link[rel="canonical"]')!.remove();
    expect(readLinkedInProfile(doc, url)).toBeNull();
  });

  test.each([
    ['linkedin-feed-handwritten-2026.html', 'https://www.linkedin.com/feed/'],
    [
      'linkedin-search-handwritten-2026.html',
      'https://www.linkedin.com/search/results/people/?keywords=sales%20director',
    ],
    ['linkedin-company-handwritten-2026.html', 'https://www.linkedin.com/company/acme-robotics/'],
    ['linkedin-messaging-handwritten-2026.html', 'https://www.linkedin.com/messaging/thread/2-YWJjZA==/'],
  ])('%s is not a profile, by its URL or by the missing top card', (file, url) => {
    const doc = loadFixture(file);
    expect(readLinkedInProfile(doc, url)).toBeNull();
    // Right after SPA navigation the URL already names a profile while the old page is still shown.
    expect(readLinkedInProfile(doc, 'https://www.linkedin.com/in/paula-prospect/')).toBeNull();
  });

  test('a profile sub-page that replaces the top card is not read', () => {
    const doc = loadFixture('linkedin-profile-loggedin-2024-07-scoutr-abgar-gulo.html');
    expect(readLinkedInProfile(doc, 'https://www.linkedin.com/in/abgargulo/details/experience/')).toBeNull();
    expect(readLinkedInProfile(doc, 'https://www.linkedin.com/in/abgargulo/overlay/contact-info/')?.name).toBe(
      'Abgar Gulo',
    );
  });
});

describe('stale top card after SPA navigation', () => {
  const abgar = () => loadFixture('linkedin-profile-loggedin-2024-07-scoutr-abgar-gulo.html');

  test('a card whose own links name another slug is not read', () => {
    const doc = abgar();
    expect(topCardMatchesUrl(doc, 'https://www.linkedin.com/in/surendrathota/')).toBe(false);
    expect(readLinkedInProfile(doc, 'https://www.linkedin.com/in/surendrathota/')).toBeNull();
  });

  test('the same slug in another form matches', () => {
    expect(topCardMatchesUrl(abgar(), 'https://de.linkedin.com/in/AbgarGulo/?trk=people-guest')).toBe(true);
  });

  test('a canonical link naming another profile rejects the card', () => {
    const doc = loadFixture('linkedin-profile-public-guest-2024-03-scoutr-eduardo-alvarez-nowak.html');
    expect(topCardMatchesUrl(doc, 'https://www.linkedin.com/in/abgargulo/')).toBe(false);
  });

  test('a known layout that shows no slug (2018) is accepted: nothing on the page contradicts the URL', () => {
    const doc = loadFixture('linkedin-profile-loggedin-2018-04-linkedINonymous-jeff-weiner.html');
    expect(topCardMatchesUrl(doc, 'https://www.linkedin.com/in/jeffweiner08/')).toBe(true);
  });

  test('no top card means no match', () => {
    expect(
      topCardMatchesUrl(loadFixture('linkedin-feed-handwritten-2026.html'), 'https://www.linkedin.com/in/x/'),
    ).toBe(false);
  });
});

describe('the embedded <code> JSON is never read', () => {
  test('a captured page without its top card yields null, although its JSON names the prospect and the viewer', () => {
    const doc = loadFixture('linkedin-profile-loggedin-2024-08-scoutr-surendra-thota.html');
    const embeddedJson = Array.from(doc.querySelectorAll('code'), (code) => code.textContent ?? '').join();
    expect(['surendrathota', 'eduardo-alvarez-nowak'].every((slug) => embeddedJson.includes(slug))).toBe(true);
    doc.querySelector('section[data-member-id]')!.remove();
    expect(readLinkedInProfile(doc, 'https://www.linkedin.com/in/surendrathota/')).toBeNull();
  });

  test('the card wins over JSON that names someone else for the same slug', () => {
    const doc = parseHtml(`
      <main><section data-member-id="42">
        <a href="/in/kim-buyer/overlay/contact-info/">Contact info</a>
        <h1>Kim Buyer</h1><div class="text-body-medium break-words">Procurement Lead</div>
      </section></main>
      <code id="bpr-guid-1">{"publicIdentifier":"kim-buyer","firstName":"Vera","lastName":"Viewer","headline":"Account Executive"}</code>`);
    expect(readLinkedInProfile(doc, 'https://www.linkedin.com/in/kim-buyer/')).toMatchObject({
      name: 'Kim Buyer',
      headline: 'Procurement Lead',
    });
  });
});

describe('page text is untrusted', () => {
  const cardWith = (inner: string) =>
    parseHtml(
      `<main><section data-member-id="1"><a href="/in/x-y/overlay/contact-info/">Contact</a>${inner}</section></main>`,
    );

  test('markup-looking text comes back as literal text, and real markup is dropped', () => {
    const doc = cardWith(
      '<h1>&lt;img src=x onerror=alert(1)&gt;</h1><div class="text-body-medium break-words"><img src=x onerror="alert(1)">Sales</div>',
    );
    expect(readLinkedInProfile(doc, 'https://www.linkedin.com/in/x-y/')).toMatchObject({
      name: '<img src=x onerror=alert(1)>',
      headline: 'Sales',
    });
  });

  test('whitespace is collapsed, control characters dropped and length capped at 200 characters', () => {
    const doc = cardWith(
      `<h1>  Ada \n\t \u0007 Lovelace </h1><div class="text-body-medium break-words">${'x'.repeat(5000)}</div>`,
    );
    const profile = readLinkedInProfile(doc, 'https://www.linkedin.com/in/x-y/');
    expect(profile?.name).toBe('Ada Lovelace');
    expect(profile?.headline).toHaveLength(200);
  });

  test('a top card without a name means the layout changed', () => {
    expect(() => readLinkedInProfile(cardWith('<div>no heading</div>'), 'https://www.linkedin.com/in/x-y/')).toThrow(
      LinkedInLayoutChangedError,
    );
  });
});

describe('JSON-LD fallback (guest view)', () => {
  test('company and location come from the Person when the card lacks them', () => {
    const doc = loadFixture('linkedin-profile-public-guest-2024-03-scoutr-eduardo-alvarez-nowak.html');
    doc.querySelector('.top-card-layout [data-section="currentPositionsDetails"]')!.remove();
    doc.querySelector('.top-card-layout__first-subline')!.remove();
    expect(readLinkedInProfile(doc, 'https://se.linkedin.com/in/eduardo-alvarez-nowak')).toMatchObject({
      company: 'Novare Potential',
      location: 'Greater Stockholm Metropolitan Area',
    });
  });

  test('a Person describing another profile is ignored', () => {
    const doc = parseHtml(`
      <script type="application/ld+json">{"@type":"Person","url":"https://www.linkedin.com/in/someone-else","worksFor":[{"name":"Elsewhere"}]}</script>
      <section class="top-card-layout"><h1>Kim Buyer</h1></section>`);
    expect(readLinkedInProfile(doc, 'https://www.linkedin.com/in/kim-buyer/')?.company).toBeNull();
  });
});

describe('canonicalProfileUrl', () => {
  test.each([
    ['https://www.linkedin.com/in/jeffweiner08', 'https://www.linkedin.com/in/jeffweiner08/'],
    [
      'https://de.linkedin.com/in/JeffWeiner08/?trk=public_profile#experience',
      'https://www.linkedin.com/in/jeffweiner08/',
    ],
    ['http://LinkedIn.com/in/abgargulo/overlay/contact-info/', 'https://www.linkedin.com/in/abgargulo/'],
    ['https://www.linkedin.com/in/jeffweiner08/detail/recent-activity/', 'https://www.linkedin.com/in/jeffweiner08/'],
    [
      'https://www.linkedin.com/in/j%C3%9Crgen-m%c3%bcller-1a2b/',
      'https://www.linkedin.com/in/j%C3%BCrgen-m%C3%BCller-1a2b/',
    ],
    ['https://www.linkedin.com/in/jürgen/', 'https://www.linkedin.com/in/j%C3%BCrgen/'],
    ['http://www.linkedin.com/pub/justin-grevich/7/154/181', 'https://www.linkedin.com/pub/justin-grevich/7/154/181/'],
    [
      'https://uk.linkedin.com/pub/Justin-Grevich/7/154/181/?trk=x',
      'https://www.linkedin.com/pub/justin-grevich/7/154/181/',
    ],
  ])('%s → %s', (url, canonical) => {
    expect(canonicalProfileUrl(url)).toBe(canonical);
  });

  test.each([
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/search/results/people/?keywords=jeff',
    'https://www.linkedin.com/company/linkedin/',
    'https://www.linkedin.com/messaging/thread/2-abc/',
    'https://www.linkedin.com/in/',
    'https://www.linkedin.com/in/me/',
    'https://www.linkedin.com/pub/dir/John/Smith',
    'https://www.linkedin.com/in/%E0%A4%A/',
    'https://evil-linkedin.com/in/jeffweiner08/',
    'https://linkedin.com.evil.example/in/jeffweiner08/',
    'ftp://www.linkedin.com/in/jeffweiner08/',
    'not a url',
  ])('%s → null', (url) => {
    expect(canonicalProfileUrl(url)).toBeNull();
  });
});

describe('profileSlug', () => {
  test.each([
    ['https://se.linkedin.com/in/Eduardo-Alvarez-Nowak?trk=x', 'eduardo-alvarez-nowak'],
    ['https://www.linkedin.com/in/surendrathota/overlay/contact-info/', 'surendrathota'],
    ['http://www.linkedin.com/pub/justin-grevich/7/154/181', null],
    ['https://www.linkedin.com/feed/', null],
  ])('%s → %s', (url, slug) => {
    expect(profileSlug(url)).toBe(slug);
  });
});
