import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { HOSTILE_STRINGS as HOSTILE } from '../fixtures/hostile-strings';
import { launchExtension, type LoadedExtension } from './helpers/extension';
import { chooseBackupFile, openOptions } from './helpers/options';
import { downloadCsv } from './helpers/options-csv';
import { openPopup } from './helpers/popup';

/** The sample backup with hostile text in every field a rep sees. */
function hostileBackup(): string {
  const backup = JSON.parse(readFileSync('tests/fixtures/backup/sample-backup.json', 'utf8'));
  const [maria, kenji, priya] = backup.prospects;
  Object.assign(maria, { name: HOSTILE.imageWithHandler, company: HOSTILE.attributeBreakout, notes: HOSTILE.script });
  kenji.name = HOSTILE.rightToLeftOverride;
  priya.name = HOSTILE.hyperlinkFormula;
  for (const touch of backup.touches) touch.note = HOSTILE.tenThousandCharacters;
  backup.cadences[0].name = HOSTILE.script;
  Object.assign(backup.contentItems[0], { title: HOSTILE.attributeBreakout, body: HOSTILE.javascriptUrl });
  return JSON.stringify(backup);
}

/** Elements that only markup parsed from the hostile text could have made. */
async function injectedElements(page: Page): Promise<number> {
  return page.locator('img[src="x"], svg[onload], script:not([src]), b').count();
}

describe('hostile text in real Chromium', () => {
  let extension: LoadedExtension;
  const dialogs: string[] = [];

  beforeEach(async () => {
    extension = await launchExtension();
    extension.context.on('page', (page) => page.on('dialog', (dialog) => void dialogs.push(dialog.message())));
  });

  afterEach(async () => {
    await extension.close();
  });

  it('restores a backup full of markup and formulas; popup and options show it literally and nothing runs', async () => {
    const options = await openOptions(extension);
    options.on('dialog', (dialog) => void dialogs.push(dialog.message()));
    await chooseBackupFile(options, 'hostile.json', hostileBackup());
    await options.getByRole('button', { name: 'Replace my data' }).click();
    await options
      .getByRole('status')
      .getByText(/^Restored/)
      .waitFor();

    await options.reload();
    await options.getByRole('listitem', { name: HOSTILE.script }).waitFor();
    await options.getByRole('listitem', { name: HOSTILE.attributeBreakout }).waitFor();
    expect(await injectedElements(options)).toBe(0);

    const prospects = await downloadCsv(options, 'Export prospects (CSV)');
    expect(prospects).toContain(`"'${HOSTILE.hyperlinkFormula.replaceAll('"', '""')}"`);
    expect(prospects).not.toMatch(/(^|,)=HYPERLINK/m);

    const popup = await openPopup(extension);
    const queue = popup.getByRole('list', { name: "Today's queue" });
    await queue.getByText(HOSTILE.imageWithHandler, { exact: false }).first().waitFor();
    await queue.getByText(HOSTILE.rightToLeftOverride, { exact: false }).first().waitFor();
    expect(await injectedElements(popup)).toBe(0);
    expect(dialogs).toEqual([]);
  });
});
