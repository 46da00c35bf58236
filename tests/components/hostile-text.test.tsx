import { render, screen } from '@testing-library/react';
import { PopupApp } from '@/components/PopupApp';
import { ContentPanel } from '@/components/options/content/ContentPanel';
import { CsvPreview } from '@/components/options/csv/CsvPreview';
import { PlaybooksPanel } from '@/components/options/playbooks/PlaybooksPanel';
import { DEFAULT_CADENCE } from '@/lib/core/model';
import { makeProspect, makeTouch } from '../factories';
import { makeQueue, makeStepItem } from '../factories/queue';
import { fitted, HOSTILE_LIST } from '../fixtures/hostile-strings';
import { expectNoMarkupFrom } from './expect-inert';
import { makePopupProps, makeSuggestion } from './popup-props';

/** Stored names are trimmed and at most 200 characters (playbooks 120); notes and bodies hold the whole text. */
const NAME_LIMIT = 200;
const PLAYBOOK_NAME_LIMIT = 120;

describe.each(HOSTILE_LIST)('hostile text "%s" in the extension pages', (_label, text) => {
  it('shows as inert text in the popup: names, company, last note, yeses and the suggested piece', async () => {
    const name = fitted(text, NAME_LIMIT);
    const item = makeStepItem({
      prospect: makeProspect({ name, company: fitted(text, 500), linkedinUrl: 'https://www.linkedin.com/in/ada/' }),
      lastTouch: makeTouch({ note: text }),
      yeses: [makeTouch({ outcome: 'yes', note: text })],
    });
    const suggestions = { [item.key]: makeSuggestion({ title: fitted(text, NAME_LIMIT), text }) };
    const { container } = render(
      <PopupApp
        {...makePopupProps({ loadQueue: async () => ({ queue: makeQueue({ dueNow: [item] }), suggestions }) })}
      />,
    );
    const list = await screen.findByRole('list', { name: "Today's queue" });
    expect(list.textContent).toContain(name);
    expect(list.textContent).toContain(text);
    expectNoMarkupFrom(container);
  });

  it('shows as inert text in the content library and its preview', async () => {
    const piece = { id: 'c-1', kind: 'insight' as const, title: fitted(text, NAME_LIMIT).trim(), body: text, tags: [] };
    const { container } = render(
      <ContentPanel listContent={async () => [piece]} saveContentItem={vi.fn()} deleteContentItem={vi.fn()} />,
    );
    const listed = await screen.findByRole('listitem', { name: piece.title });
    expect(listed.textContent).toContain(piece.title);
    screen.getByRole('button', { name: `Edit ${piece.title}` }).click();
    const preview = await screen.findByRole('region', { name: 'Preview' });
    expect(preview.textContent).toContain(text);
    expectNoMarkupFrom(container);
  });

  it('shows as inert text in the playbook list', async () => {
    const cadence = { ...DEFAULT_CADENCE, id: 'hostile', name: fitted(text, PLAYBOOK_NAME_LIMIT).trim() };
    const { container } = render(
      <PlaybooksPanel
        listCadences={async () => [{ cadence, enrolledCount: 1 }]}
        saveCadence={vi.fn()}
        deleteCadence={vi.fn()}
        resetDefaultCadence={vi.fn()}
        exportPlaybook={vi.fn()}
        importPlaybook={vi.fn()}
      />,
    );
    expect((await screen.findByRole('listitem', { name: cadence.name })).textContent).toContain(cadence.name);
    expectNoMarkupFrom(container);
  });

  it('shows as inert text in the CSV preview, as header and as cell', () => {
    const table = { headers: [text, 'Email'], rows: [{ row: 2, cells: [text, 'ada@analytical.example'] }] };
    const { container } = render(<CsvPreview table={table} fileName={text} />);
    expect(container.querySelector('th')?.textContent).toBe(text);
    expect(container.querySelector('td')?.textContent).toBe(text);
    expect(container.querySelector('caption')?.textContent).toContain(text);
    expectNoMarkupFrom(container);
  });
});
