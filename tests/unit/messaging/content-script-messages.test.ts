import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_SCRIPT_MESSAGES } from '@/lib/messaging/content-script-messages';
import { PROTOCOL } from '@/lib/messaging/protocol';

const CONTENT_SCRIPT_DIRS = ['entrypoints/gmail.content', 'entrypoints/linkedin.content'];

/** Every message name a content script's source sends, as `send('name', ...)`. */
function messagesSentFrom(dir: string): string[] {
  const sources = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => readFileSync(join(dir, file), 'utf8'));
  return sources.flatMap((source) => [...source.matchAll(/\bsend\(\s*'(\w+)'/g)].map((match) => match[1] ?? ''));
}

describe('messages content scripts may send', () => {
  it.each(CONTENT_SCRIPT_DIRS)('covers everything %s sends, so the router never refuses our own banner', (dir) => {
    const sent = messagesSentFrom(dir);
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.filter((name) => !CONTENT_SCRIPT_MESSAGES.has(name as never))).toEqual([]);
  });

  it('lists only messages of the protocol, and none that restores, deletes or exports', () => {
    for (const name of CONTENT_SCRIPT_MESSAGES) expect(PROTOCOL).toHaveProperty(name);
    const allowed = [...CONTENT_SCRIPT_MESSAGES];
    expect(allowed.filter((name) => /restore|delete|export|import|save|reset|giveUp/i.test(name))).toEqual([]);
  });
});
