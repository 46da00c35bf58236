import { readFileSync } from 'node:fs';
import { isTrackableAddress } from '@/lib/sites/email-address';
import { GmailPageChangedError, readGmailAccount, readGmailThread, type GmailThread } from '@/lib/sites/gmail';

const FIXTURES = 'tests/fixtures/gmail/'; // vitest runs from the repository root
const RITA = { name: 'Rita Ramos', email: 'rita@northwind.example' };
const MARCUS = { name: 'Marcus Webb', email: 'marcus@northwind.example' };

function loadFixture(fileName: string): Document {
  return parseHtml(readFileSync(FIXTURES + fileName, 'utf8'));
}

function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** The wall time as Gmail shows it, read in the runtime's zone, as the reader does. */
function localIso(year: number, month: number, day: number, hour: number, minute: number): string {
  return new Date(year, month - 1, day, hour, minute).toISOString();
}

interface MessageSpec {
  from: string; // the sender span's attributes, e.g. 'email="a@b.example" name="A"'
  to?: string[];
  date?: string;
}

/** A minimal thread page in the 2025 shape, for cases no fixture covers. */
function threadPage({
  title = 'Pricing - rita@northwind.example - Gmail',
  subjectAttributes = 'data-legacy-thread-id="19a4a6b2c3d8e5f1"',
  subject = 'Pricing',
  messages = [{ from: 'email="lena.vogel@kestrel.example" name="Lena Vogel"' }] as MessageSpec[],
  beforeThread = '',
} = {}): Document {
  const messageHtml = messages.map(
    ({ from, to = [], date = 'Mon, 3 Nov 2025, 14:05' }) => `
      <div class="adn ads" data-message-id="#msg-f:1">
        <h3 class="iw"><span class="qu"><span class="gD" ${from}>sender</span></span></h3>
        <span class="g3" title="${date}">14:05</span>
        <span class="hb">to ${to.map((attributes) => `<span class="g2" ${attributes}>x</span>`).join(', ')}</span>
      </div>`,
  );
  return parseHtml(`<title>${title}</title><div role="main">${beforeThread}
    <div class="nH a98 iY"><div class="ha"><h2 class="hP" ${subjectAttributes}>${subject}</h2></div>
    <div role="list">${messageHtml.join('')}</div></div></div>`);
}

describe('readGmailThread on saved and reconstructed pages', () => {
  const cases: { fixture: string; url: string; expected: GmailThread | null }[] = [
    {
      fixture: 'gmail-thread-2018-06-reconstructed-classic.html',
      url: 'https://mail.google.com/mail/u/0/#sent/1640c2a4e5b7d981',
      expected: {
        threadId: '1640c2a4e5b7d981',
        subject: 'Pricing for 40 seats',
        account: RITA.email,
        prospect: { name: 'Sarah Chen', email: 'sarah.chen@acme.example' },
        participants: [RITA, { name: 'Sarah Chen', email: 'sarah.chen@acme.example' }],
        lastMessage: { fromEmail: RITA.email, at: localIso(2018, 6, 12, 15, 4) },
      },
    },
    {
      fixture: 'gmail-thread-2023-11-reconstructed-a98-iy.html',
      url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzGwHVzKxbRpLqWmNjTsDcBfXhPk',
      expected: {
        threadId: '18bf1e2a7c45d390',
        subject: 'Re: Demo next week?',
        account: 'dana.sells@gmail.com',
        prospect: { name: 'Tom Becker', email: 'tom@brightlabs.example' },
        participants: [
          { name: 'Tom Becker', email: 'tom@brightlabs.example' },
          { name: 'Dana Sells', email: 'dana.sells@gmail.com' },
        ],
        lastMessage: { fromEmail: 'dana.sells@gmail.com', at: localIso(2023, 11, 21, 11, 40) },
      },
    },
    {
      fixture: 'gmail-thread-2025-11-reconstructed-nested-sender.html',
      url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQcqHbBvXjLkTwpRnMsZdGfVhCx',
      expected: {
        threadId: '19a4a6b2c3d8e5f1',
        subject: 'Intro 🤝 Kestrel × Northwind',
        account: RITA.email,
        prospect: { name: 'Lena Vogel', email: 'lena.vogel@kestrel.example' },
        participants: [MARCUS, RITA, { name: 'Lena Vogel', email: 'lena.vogel@kestrel.example' }],
        lastMessage: { fromEmail: RITA.email, at: localIso(2025, 11, 3, 16, 30) },
      },
    },
    {
      fixture: 'gmail-thread-2025-11-reconstructed-fjord-fell-sender.html',
      url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQcqHbBvXjLkTwpRnMsZdGfVhCx',
      expected: {
        threadId: '19a4a6b2c3d8e5f1',
        subject: 'Intro 🤝 Fjord & Fell × Northwind',
        account: RITA.email,
        prospect: { name: 'Anna Öberg', email: 'anna.oberg@fjordfell.example' },
        participants: [MARCUS, RITA, { name: 'Anna Öberg', email: 'anna.oberg@fjordfell.example' }],
        lastMessage: { fromEmail: RITA.email, at: localIso(2025, 11, 3, 16, 30) },
      },
    },
    {
      fixture: 'gmail-thread-2025-11-reconstructed-reading-pane.html',
      url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbfKzNlWcPqRtXsMvDgHjBkLpZ',
      expected: {
        threadId: '19a8c0d3e4f5a6b7',
        subject: 'Pilot for the Oslo depot',
        account: 'alex.kim@harbor.example',
        prospect: { name: 'Priya Nair', email: 'priya@quanta.example' },
        participants: [
          { name: 'Priya Nair', email: 'priya@quanta.example' },
          { name: 'me', email: 'alex.kim@harbor.example' },
        ],
        lastMessage: { fromEmail: 'priya@quanta.example', at: localIso(2025, 11, 12, 10, 48) },
      },
    },
    {
      fixture: 'gmail-thread-2025-11-reconstructed-several-participants.html',
      url: 'https://mail.google.com/mail/u/0/#label/Clients/FMfcgzQdLrTbWkXsNpVjHmCgFzDqRwKs',
      expected: {
        threadId: '19a3b1c2d4e6f708',
        subject: 'Re: Security review for Meridian rollout',
        account: RITA.email,
        prospect: { name: 'Joy Okafor', email: 'j.okafor@meridianhealth.example' },
        participants: [
          RITA,
          { name: 'Joy Okafor', email: 'j.okafor@meridianhealth.example' },
          { name: 'Meridian Procurement', email: 'procurement@meridianhealth.example' },
          MARCUS,
          { name: 'Sam Lee', email: 'sam.lee@meridianhealth.example' },
          { name: 'Meridian Legal', email: 'legal@meridianhealth.example' },
        ],
        lastMessage: { fromEmail: 'j.okafor@meridianhealth.example', at: localIso(2025, 11, 12, 8, 30) },
      },
    },
    {
      fixture: 'gmail-inbox-2014-12-inboxsdk-thread-rows.html',
      url: 'https://mail.google.com/mail/u/0/#inbox',
      expected: null,
    },
    {
      fixture: 'gmail-compose-2020-10-jsmin-new-message.html',
      url: 'https://mail.google.com/mail/u/0/#inbox?compose=new',
      expected: null,
    },
  ];

  test.each(cases)('$fixture', ({ fixture, url, expected }) => {
    expect(readGmailThread(loadFixture(fixture), url)).toEqual(expected);
  });

  test('returns null once the rep is back on the list and Gmail hides the thread view', () => {
    const doc = loadFixture('gmail-thread-2018-06-reconstructed-classic.html');
    doc.querySelector('.g.id')!.parentElement!.setAttribute('style', 'display: none;');
    expect(readGmailThread(doc, 'https://mail.google.com/mail/u/0/#sent')).toBeNull();
  });

  test('settings and search result pages have no conversation', () => {
    const settings = parseHtml(`<title>Settings - rita@northwind.example - Gmail</title>
      <div role="main"><div class="nH"><h2 class="dt">Settings</h2><div class="fY">General</div></div></div>`);
    expect(readGmailThread(settings, 'https://mail.google.com/mail/u/0/#settings/general')).toBeNull();
    const search = parseHtml(`<title>Search results - rita@northwind.example - Gmail</title>
      <div role="main"><table><tr class="zA yO"><td><span class="yP" email="a@acme.example" name="A">A</span></td></tr></table></div>`);
    expect(readGmailThread(search, 'https://mail.google.com/mail/u/0/#search/pricing')).toBeNull();
  });

  test('the real pages show no account: the 2014 title was replaced for tests, compose is a fragment', () => {
    expect(readGmailAccount(loadFixture('gmail-inbox-2014-12-inboxsdk-thread-rows.html'))).toBeNull();
    expect(readGmailAccount(loadFixture('gmail-compose-2020-10-jsmin-new-message.html'))).toBeNull();
  });
});

describe('thread id', () => {
  const url = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQcqHbBvXjLkTwpRnMsZdGfVhCx';
  test.each([
    [
      'legacy id wins over the perm id',
      'data-thread-perm-id="thread-f:1" data-legacy-thread-id="19a4a6b2c3d8e5f1"',
      '19a4a6b2c3d8e5f1',
    ],
    [
      'perm id "undefined" falls back to the legacy id',
      'data-thread-perm-id="undefined" data-legacy-thread-id="19a4a6b2c3d8e5f1"',
      '19a4a6b2c3d8e5f1',
    ],
    [
      'both "undefined" fall back to the URL',
      'data-thread-perm-id="undefined" data-legacy-thread-id="undefined"',
      'FMfcgzQcqHbBvXjLkTwpRnMsZdGfVhCx',
    ],
    ['no attributes fall back to the URL', '', 'FMfcgzQcqHbBvXjLkTwpRnMsZdGfVhCx'],
    [
      'thread-f decimal becomes the legacy hex',
      'data-thread-perm-id="thread-f:1847785033848907249"',
      '19a4a6b2c3d8e5f1',
    ],
    [
      'a thread the rep started keeps its thread-a id',
      'data-thread-perm-id="#thread-a:r-7681922771531347793"',
      'thread-a:r-7681922771531347793',
    ],
    ['markup in an id is ignored', 'data-legacy-thread-id="<b>x</b>"', 'FMfcgzQcqHbBvXjLkTwpRnMsZdGfVhCx'],
  ])('%s', (_, subjectAttributes, expected) => {
    expect(readGmailThread(threadPage({ subjectAttributes }), url)?.threadId).toBe(expected);
  });

  test.each([
    ['#inbox/FMfcgzQcqHbBvXjLkTwpRnMsZdGfVhCx', 'FMfcgzQcqHbBvXjLkTwpRnMsZdGfVhCx'],
    ['#label/Clients/FMfcgzQcqHbBvXjLkTwpRnMsZdGfVhCx', 'FMfcgzQcqHbBvXjLkTwpRnMsZdGfVhCx'],
    ['#search/pricing/FMfcgzQcqHbBvXjLkTwpRnMsZdGfVhCx', 'FMfcgzQcqHbBvXjLkTwpRnMsZdGfVhCx'],
    ['#sent/1640c2a4e5b7d981', '1640c2a4e5b7d981'],
    ['#inbox/FMfcgzQcqHbBvXjLkTwpRnMsZdGfVhCx?compose=new', 'FMfcgzQcqHbBvXjLkTwpRnMsZdGfVhCx'],
  ])('URL %s gives %s', (hash, expected) => {
    const page = threadPage({ subjectAttributes: '' });
    expect(readGmailThread(page, `https://mail.google.com/mail/u/0/${hash}`)?.threadId).toBe(expected);
  });

  test('reading pane: the selected row gives the id before the subject has one', () => {
    const selectedRow = `<table gh="tl"><tr class="zA aps"><td><span data-legacy-thread-id="19a8c0d3e4f5a6b7">Pilot</span></td></tr></table>`;
    const page = threadPage({ subjectAttributes: '', beforeThread: selectedRow });
    expect(readGmailThread(page, 'https://mail.google.com/mail/u/0/#inbox')?.threadId).toBe('19a8c0d3e4f5a6b7');
  });

  test('a shown conversation without any id means Gmail changed: a named error', () => {
    const page = threadPage({ subjectAttributes: 'data-thread-perm-id="undefined"' });
    expect(() => readGmailThread(page, 'https://mail.google.com/mail/u/0/#inbox')).toThrow(GmailPageChangedError);
  });
});

describe('prospect choice', () => {
  const context = { account: RITA.email, ignoredDomains: ['partner.example'] };
  test.each([
    ['lena.vogel@kestrel.example', true],
    ['Lena.Vogel@Kestrel.example', true],
    ['rita@northwind.example', false], // the rep
    ['RITA@northwind.example', false],
    ['marcus@northwind.example', false], // a colleague
    ['ops@eu.northwind.example', false], // the company's subdomain
    ['northwind.example@kestrel.example', true],
    ['anna@partner.example', false], // settings' ignoredDomains
    ['noreply@kestrel.example', false],
    ['no-reply@accounts.google.com', false],
    ['no_reply@kestrel.example', false],
    ['donotreply@kestrel.example', false],
    ['do-not-reply@kestrel.example', false],
    ['billing-noreply@kestrel.example', false],
    ['notifications@github.com', false],
    ['notification@slack.example', false],
    ['mailer-daemon@googlemail.com', false],
    ['postmaster@kestrel.example', false],
    ['bounce@kestrel.example', false],
    ['bounces+123-abc@mail.kestrel.example', false],
    ['alerts@kestrel.example', false],
    ['news@twilio.com', false],
    ['newsletter@kestrel.example', false],
    ['calendar-notification@google.com', false],
    ['newsroom.lead@kestrel.example', true],
    ['not an address', false],
    ['<img src=x>@kestrel.example', false],
  ])('%s → %s', (email, expected) => {
    expect(isTrackableAddress(email, context)).toBe(expected);
  });

  test.each([
    ['a public mailbox domain is not a company', 'dana.sells@gmail.com', 'tom.friend@gmail.com', true],
    ['without an account only automated senders are filtered', null, 'marcus@northwind.example', true],
    ['ignoredDomains are written loosely in settings', null, 'anna@eu.partner.example', false],
  ])('%s', (_, account, email, expected) => {
    expect(isTrackableAddress(email, { account, ignoredDomains: [' *.Partner.example '] })).toBe(expected);
  });

  test('the prospect is the first trackable participant, not the first participant', () => {
    const page = threadPage({
      messages: [
        {
          from: 'email="noreply@forms.kestrel.example" name="Kestrel Forms"',
          to: ['email="rita@northwind.example" name="me"'],
        },
        {
          from: 'email="rita@northwind.example" name="Rita Ramos"',
          to: [
            'email="marcus@northwind.example" name="Marcus Webb"',
            'email="lena.vogel@kestrel.example" name="Lena Vogel"',
          ],
        },
      ],
    });
    expect(readGmailThread(page, '')?.prospect).toEqual({ name: 'Lena Vogel', email: 'lena.vogel@kestrel.example' });
  });

  test('no prospect when everyone is the rep, a colleague or a machine', () => {
    const page = threadPage({
      messages: [
        {
          from: 'email="calendar-notification@google.com" name="Google Calendar"',
          to: ['email="marcus@northwind.example" name="Marcus"', 'email="rita@northwind.example" name="me"'],
        },
      ],
    });
    const thread = readGmailThread(page, '');
    expect(thread?.participants).toHaveLength(3);
    expect(thread?.prospect).toBeNull();
  });

  test('settings ignoredDomains are honoured', () => {
    const page = threadPage({ messages: [{ from: 'email="anna@partner.example" name="Anna"' }] });
    expect(readGmailThread(page, '', { ignoredDomains: ['partner.example'] })?.prospect).toBeNull();
    expect(readGmailThread(page, '')?.prospect).toEqual({ name: 'Anna', email: 'anna@partner.example' });
  });
});

describe('readGmailAccount', () => {
  const button = (label: string) =>
    `<div role="banner"><a aria-label="${label}" href="https://accounts.google.com/SignOutOptions?hl=en">A</a></div>`;
  test.each([
    ['inbox title', '<title>Inbox (3) - rep@company.example - Gmail</title>', '', 'rep@company.example'],
    ['Workspace title', '<title>Inbox - Rep@Company.example - Company Mail</title>', '', 'rep@company.example'],
    [
      'an address in the subject is not the account',
      '<title>Intro to lena@kestrel.example - rep@company.example - Gmail</title>',
      '',
      'rep@company.example',
    ],
    ['a subject alone is not the account', '<title>lena@kestrel.example - Gmail</title>', '', null],
    [
      'account button',
      `<title>Gmail</title>${button('Google Account: Rita Ramos&#10;(rita@northwind.example)')}`,
      '',
      'rita@northwind.example',
    ],
    [
      'account button in another language',
      `<title>Gmail</title>${button('Compte Google : Rita Ramos (rita@northwind.example)')}`,
      '',
      'rita@northwind.example',
    ],
    [
      'URL with the address',
      '<title>Gmail</title>',
      'https://mail.google.com/mail/u/rita@northwind.example/#inbox',
      'rita@northwind.example',
    ],
    ['nothing shows it', '<title>Gmail</title>', 'https://mail.google.com/mail/u/0/#inbox', null],
  ])('%s', (_, html, url, expected) => {
    expect(readGmailAccount(parseHtml(html), url)).toBe(expected);
  });
});

describe('page text is untrusted', () => {
  test('markup in names and subjects comes back as literal text, trimmed and capped', () => {
    const hostile = '&lt;img src=x onerror=alert(1)&gt;';
    const page = threadPage({
      subject: `  <b>Re:</b>   ${hostile}\n${'x'.repeat(400)}`,
      messages: [{ from: `email=" Lena.Vogel@Kestrel.example " name="${hostile}"` }],
    });
    const thread = readGmailThread(page, '')!;
    expect(thread.prospect).toEqual({ name: '<img src=x onerror=alert(1)>', email: 'lena.vogel@kestrel.example' });
    expect(thread.subject.startsWith('Re: <img src=x onerror=alert(1)> xxx')).toBe(true);
    expect(thread.subject).toHaveLength(300);
  });

  test('bidi overrides and control characters are removed from names', () => {
    const page = threadPage({ messages: [{ from: 'email="lena@kestrel.example"' }] });
    page.querySelector('.gD')!.setAttribute('name', 'Lena\u202e\u0007 Vogel');
    expect(readGmailThread(page, '')?.participants[0]?.name).toBe('Lena Vogel');
  });

  test('a sender whose address is not an address is skipped', () => {
    const page = threadPage({
      messages: [
        { from: 'email="lena@kestrel.example" name="Lena"' },
        { from: 'email="javascript:alert(1)" name="X"' },
      ],
    });
    expect(readGmailThread(page, '')?.lastMessage.fromEmail).toBe('lena@kestrel.example');
  });
});

describe('messages', () => {
  test('participants appear once, in order, under the name they send with', () => {
    const page = threadPage({
      messages: [
        {
          from: 'email="rita@northwind.example" name="Rita Ramos"',
          to: ['email="lena@kestrel.example" name="Lena"', 'email="ops@kestrel.example" name="Ops"'],
        },
        {
          from: 'email="lena@kestrel.example" name="Lena Vogel"',
          to: ['email="rita@northwind.example" name="me"', 'email="sam@kestrel.example" name="Sam"'],
        },
      ],
    });
    expect(readGmailThread(page, '')?.participants).toEqual([
      RITA,
      { name: 'Lena Vogel', email: 'lena@kestrel.example' },
      { name: 'Ops', email: 'ops@kestrel.example' },
      { name: 'Sam', email: 'sam@kestrel.example' },
    ]);
  });

  test('the last message is the newest one with a sender; a date Gmail did not format as expected is null', () => {
    const page = threadPage({
      messages: [
        { from: 'email="rita@northwind.example" name="Rita"', date: 'Mon, 3 Nov 2025, 14:05' },
        { from: 'email="lena@kestrel.example" name="Lena"', date: 'lundi 3 novembre 2025 à 16:30' },
      ],
    });
    page
      .querySelector('[role=list]')!
      .insertAdjacentHTML('beforeend', '<div class="adn ads"><div class="ii gt">Draft</div></div>');
    expect(readGmailThread(page, '')?.lastMessage).toEqual({ fromEmail: 'lena@kestrel.example', at: null });
  });

  test.each([
    ['email attribute', '<span class="gD" email="lena@kestrel.example" name="Lena">Lena</span>'],
    ['data-hovercard-id only (2025)', '<span class="gD" data-hovercard-id="lena@kestrel.example">Lena</span>'],
    ['span.go only', '<span class="gD">Lena</span> <span class="go">&lt;lena@kestrel.example&gt;</span>'],
  ])('sender address from the %s', (_, senderHtml) => {
    const page = threadPage();
    page.querySelector('h3.iw')!.innerHTML = `<span class="qu">${senderHtml}</span>`;
    expect(readGmailThread(page, '')?.participants[0]).toEqual({ name: 'Lena', email: 'lena@kestrel.example' });
  });

  test('a shown conversation whose senders cannot be read means Gmail changed: a named error', () => {
    const page = threadPage();
    page.querySelector('.gD')!.remove();
    expect(() => readGmailThread(page, '')).toThrow(/message senders/);
  });
});
