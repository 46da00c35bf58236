import { readFileSync } from 'node:fs';
import { parseCsv } from '@/lib/core/csv';
import { launchExtension, type LoadedExtension } from './helpers/extension';
import { openOptions } from './helpers/options';
import { chooseCsvFile, csvSection, downloadCsv } from './helpers/options-csv';
import { openPopup } from './helpers/popup';

const GOOD_AND_BAD = readFileSync('tests/fixtures/csv/prospects-good-and-bad.csv', 'utf8');

/** The exported prospects as rows of cells, without the columns an import does not read. */
function importedColumns(csv: string): string[][] {
  const table = parseCsv(csv);
  return table.rows.map((record) => record.cells.slice(0, 8));
}

describe('CSV import and export in real Chromium', () => {
  let extension: LoadedExtension;

  beforeEach(async () => {
    extension = await launchExtension();
  });

  afterEach(async () => {
    await extension.close();
  });

  it('imports good rows, reports bad ones, and re-imports its own export without duplicates', async () => {
    const options = await openOptions(extension);
    const section = csvSection(options);
    await chooseCsvFile(options, 'prospects.csv', GOOD_AND_BAD);
    const preview = section.getByRole('group', { name: 'Import preview' });
    await preview.getByRole('table').getByText('María José García').waitFor();
    await preview.getByText('Row 4: email is not a valid email.').waitFor();
    await preview.getByRole('button', { name: 'Import 4 prospects' }).click();
    await section.getByRole('status').getByText('Imported 3 new prospects; merged 1 duplicate row.').waitFor();

    const popup = await openPopup(extension);
    const recent = popup.getByRole('list', { name: 'Prospects' });
    await recent.getByText('María José García').waitFor();
    await recent.getByText('Zoë Dupont').waitFor();
    expect(await recent.getByRole('listitem').count()).toBe(3);
    await popup.close();

    const exported = await downloadCsv(options, 'Export prospects (CSV)');
    expect(exported.startsWith('\uFEFFName,Email,Company,Title,LinkedIn URL,Tags,Time zone,Deal value')).toBe(true);
    expect(exported).toContain(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(importedColumns(exported)).toContainEqual([
      'María José García',
      'mj@example.com',
      'Acme, Inc.',
      'Head of\r\nOperations',
      'https://www.linkedin.com/in/mariajose/',
      'spain, vip',
      'Europe/Madrid',
      '12000',
    ]);
    // Zoë's second row filled what the first lacked and kept what it had.
    expect(importedColumns(exported)).toContainEqual([
      'Zoë Dupont',
      'zoe@example.com',
      'Béta SARL',
      'CFO',
      '',
      'berlin',
      'Europe/Paris',
      '500',
    ]);

    await chooseCsvFile(options, 'exported.csv', exported);
    await section.getByRole('button', { name: 'Import 3 prospects' }).click();
    await section.getByRole('status').getByText('Imported 0 new prospects; merged 3 duplicate rows.').waitFor();
    expect(importedColumns(await downloadCsv(options, 'Export prospects (CSV)'))).toEqual(importedColumns(exported));

    const touches = await downloadCsv(options, 'Export touches (CSV)');
    expect(touches.startsWith('\uFEFFAt,Prospect,Email,Channel,Outcome,Note,Step')).toBe(true);
  });
});
