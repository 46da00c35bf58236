import { fireEvent, render, screen, within } from '@testing-library/react';
import { CsvPanel, type CsvPanelProps } from '@/components/options/csv/CsvPanel';

const GOOD_AND_BAD = [
  'Full name,E-mail,Organisation,Job title,LinkedIn,Tags,Timezone,Amount',
  'María José García,mj@example.com,"Acme, Inc.",CFO,https://www.linkedin.com/in/mariajose,"spain, vip",Europe/Madrid,"12,000"',
  'Zoë Dupont,zoe@example.com,Beta,,,,,',
  'No Email,not-an-email,Gamma,,,,,',
].join('\n');

function renderPanel(overrides: Partial<CsvPanelProps> = {}) {
  const props: CsvPanelProps = {
    importProspects: vi.fn(async () => ({ created: 2, merged: 0 })),
    exportProspects: vi.fn(async () => undefined),
    exportTouches: vi.fn(async () => undefined),
    ...overrides,
  };
  render(<CsvPanel {...props} />);
  return props;
}

function chooseFile(text: string, name = 'prospects.csv') {
  const input = screen.getByLabelText('Import prospects (CSV)');
  fireEvent.change(input, { target: { files: [new File([text], name, { type: 'text/csv' })] } });
}

describe('CsvPanel', () => {
  it('previews the file, guesses the columns, lists bad rows and imports the good ones', async () => {
    const props = renderPanel();
    chooseFile(GOOD_AND_BAD);
    const preview = await screen.findByRole('group', { name: 'Import preview' });
    expect(within(preview).getByRole('table').textContent).toContain('María José García');
    expect((within(preview).getByLabelText('Email') as HTMLSelectElement).selectedOptions[0]?.textContent).toBe(
      'E-mail',
    );
    expect((within(preview).getByLabelText('Deal value') as HTMLSelectElement).selectedOptions[0]?.textContent).toBe(
      'Amount',
    );
    expect(within(preview).getByRole('region', { name: 'Rows that will be skipped' }).textContent).toContain(
      'Row 4: email is not a valid email.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Import 2 prospects' }));
    expect((await screen.findByRole('status')).textContent).toBe('Imported 2 new prospects; merged 0 duplicate rows.');
    expect(props.importProspects).toHaveBeenCalledWith([
      expect.objectContaining({ row: 2, values: expect.objectContaining({ name: 'María José García' }) }),
      expect.objectContaining({ row: 3, values: expect.objectContaining({ name: 'Zoë Dupont' }) }),
    ]);
  });

  it('re-checks rows when the rep changes the mapping', async () => {
    renderPanel();
    chooseFile(GOOD_AND_BAD);
    const email = await screen.findByLabelText('Email');
    fireEvent.change(email, { target: { value: JSON.stringify([]) } });
    expect(screen.queryByRole('region', { name: 'Rows that will be skipped' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Import 3 prospects' })).toBeTruthy();
  });

  it('joins first and last names', async () => {
    const props = renderPanel();
    chooseFile('First name,Last name\nAda,Lovelace\n');
    const name = (await screen.findByLabelText('Name')) as HTMLSelectElement;
    expect(name.selectedOptions[0]?.textContent).toBe('First name + Last name');
    fireEvent.click(screen.getByRole('button', { name: 'Import 1 prospect' }));
    await screen.findByRole('status');
    expect(props.importProspects).toHaveBeenCalledWith([{ row: 2, values: { name: 'Ada Lovelace' } }]);
  });

  it('refuses a file with no valid rows, saying why', async () => {
    const props = renderPanel();
    chooseFile('Name,Email\n,ada@example.com\n');
    expect((await screen.findByRole('region', { name: 'Rows that will be skipped' })).textContent).toContain(
      'Row 2: name is missing.',
    );
    expect((screen.getByRole('button', { name: 'Import 0 prospects' }) as HTMLButtonElement).disabled).toBe(true);
    expect(props.importProspects).not.toHaveBeenCalled();
  });

  it('shows an unreadable file and a refused import in words', async () => {
    renderPanel({ importProspects: () => Promise.reject(new Error('Nothing was imported. Row 2: name is missing.')) });
    chooseFile('Name\n"Ada\n');
    expect((await screen.findByRole('alert')).textContent).toBe(
      'This file has a quote that is never closed near row 2. Fix it and try again.',
    );
    chooseFile('Name\nAda\n');
    fireEvent.click(await screen.findByRole('button', { name: 'Import 1 prospect' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Nothing was imported. Row 2: name is missing.');
  });

  it('cancels without importing', async () => {
    const props = renderPanel();
    chooseFile(GOOD_AND_BAD);
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('group', { name: 'Import preview' })).toBeNull();
    expect(props.importProspects).not.toHaveBeenCalled();
  });

  it('exports prospects and touches', async () => {
    const props = renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Export prospects (CSV)' }));
    expect((await screen.findByRole('status')).textContent).toBe('Prospects downloaded as a CSV file.');
    fireEvent.click(screen.getByRole('button', { name: 'Export touches (CSV)' }));
    expect((await screen.findByRole('status')).textContent).toBe('Touches downloaded as a CSV file.');
    expect(props.exportProspects).toHaveBeenCalledOnce();
    expect(props.exportTouches).toHaveBeenCalledOnce();
  });
});
