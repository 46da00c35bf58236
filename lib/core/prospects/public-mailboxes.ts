/**
 * Mailbox providers anyone can sign up with: sharing one says nothing about a company, so their
 * domains are never treated as the rep's own company nor matched to a prospect's employer.
 */
// prettier-ignore
export const PUBLIC_MAILBOX_DOMAINS: ReadonlySet<string> = new Set([
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'hotmail.co.uk', 'live.com', 'msn.com',
  'yahoo.com', 'yahoo.co.uk', 'yahoo.fr', 'yahoo.de', 'ymail.com', 'rocketmail.com', 'aol.com',
  'icloud.com', 'me.com', 'mac.com', 'proton.me', 'protonmail.com', 'pm.me', 'gmx.com', 'gmx.de',
  'gmx.net', 'web.de', 't-online.de', 'mail.com', 'zoho.com', 'fastmail.com', 'hey.com', 'tutanota.com',
  'yandex.com', 'yandex.ru', 'mail.ru', 'qq.com', '163.com', '126.com', 'naver.com', 'orange.fr',
  'free.fr', 'laposte.net', 'libero.it', 'btinternet.com', 'comcast.net', 'att.net', 'verizon.net',
]);
