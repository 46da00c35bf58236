import { CONTENT_KINDS, ContentItem } from '@/lib/core/model';
import { STARTER_CONTENT, TEMPLATE_VARIABLES } from '@/lib/core/content';

const everyText = (item: ContentItem) => `${item.title}\n${item.body}`;

describe('STARTER_CONTENT', () => {
  it('has at least 20 pieces', () => {
    expect(STARTER_CONTENT.length).toBeGreaterThanOrEqual(20);
  });

  test.each(CONTENT_KINDS)('has at least three "%s" pieces', (kind) => {
    expect(STARTER_CONTENT.filter((item) => item.kind === kind).length).toBeGreaterThanOrEqual(3);
  });

  test.each(STARTER_CONTENT.map((item) => [item.id, item] as const))('%s parses unchanged', (_, item) => {
    expect(ContentItem.parse(item)).toEqual(item);
  });

  it('has unique, stable ids that name the kind', () => {
    const ids = STARTER_CONTENT.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const item of STARTER_CONTENT) expect(item.id).toMatch(new RegExp(`^starter-${item.kind}-[a-z0-9-]+$`));
  });

  it('uses only variables fillTemplate knows', () => {
    const used = STARTER_CONTENT.flatMap((item) => [...item.body.matchAll(/\{\{\s*(\w*)\s*\}\}/g)].map((m) => m[1]));
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((name) => !(TEMPLATE_VARIABLES as readonly (string | undefined)[]).includes(name))).toEqual([]);
  });

  it('has no filler text', () => {
    expect(STARTER_CONTENT.filter((item) => /lorem|ipsum/i.test(everyText(item)))).toEqual([]);
  });

  it('states no figure as fact: percentages appear only as placeholders', () => {
    expect(STARTER_CONTENT.filter((item) => /\d\s*%/.test(everyText(item)))).toEqual([]);
  });

  it('marks what the rep fills in as lower-case bracketed placeholders, closed on the same line', () => {
    for (const item of STARTER_CONTENT) {
      const brackets = item.body.match(/\[[^\]\n]*\]?/g) ?? [];
      for (const placeholder of brackets) expect(placeholder).toMatch(/^\[[a-z][^\]\n]*\]$/);
    }
  });

  it("includes the playbook's qualifying question", () => {
    expect(STARTER_CONTENT.some((item) => /if you were me and wanted to earn your business/i.test(item.body))).toBe(
      true,
    );
  });
});
