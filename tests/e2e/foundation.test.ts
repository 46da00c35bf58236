import { mkdirSync, readFileSync } from 'node:fs';
import { makeProspect } from '../factories';
import { launchExtension, sendFromPage, stopServiceWorker, type LoadedExtension } from './helpers/extension';
import { chooseBackupFile, downloadBackup, openOptions } from './helpers/options';
import { openPopup } from './helpers/popup';

const SAMPLE_BACKUP = readFileSync('tests/fixtures/backup/sample-backup.json', 'utf8');

function tablesOf(backup: Record<string, unknown>) {
  const { exportedAt: _exportedAt, ...tables } = backup;
  return tables;
}

describe('foundation in real Chromium', () => {
  let extension: LoadedExtension;

  beforeEach(async () => {
    extension = await launchExtension();
  });

  afterEach(async () => {
    await extension.close();
  });

  it('starts the worker with the manifest we ship', async () => {
    const worker = await extension.worker();
    expect(worker.url()).toBe(`chrome-extension://${extension.extensionId}/background.js`);
    const manifest = (await worker.evaluate(() => chrome.runtime.getManifest())) as {
      name: string;
      permissions: string[];
    };
    expect(manifest.name).toBe('Fifth Touch');
    expect([...manifest.permissions].sort()).toEqual(['alarms', 'notifications', 'storage']);
  });

  it('shows the empty state in words and saves a screenshot', async () => {
    const popup = await openPopup(extension);
    await popup.getByText(/Nothing due/).waitFor();
    mkdirSync('docs', { recursive: true });
    await popup.setViewportSize({ width: 400, height: 240 });
    await popup.screenshot({ path: 'docs/popup-empty.png' });
  });

  it('lists a prospect saved through a message after reopening, and after the worker is stopped', async () => {
    const popup = await openPopup(extension);
    const prospect = makeProspect({ id: 'e2e-grace', name: 'Grace Hopper', company: 'US Navy' });
    expect(await sendFromPage(popup, 'saveProspect', { prospect })).toMatchObject({ ok: true });
    await popup.close();

    const reopened = await openPopup(extension);
    await reopened.getByRole('list', { name: 'Prospects' }).getByText('Grace Hopper').waitFor();

    await stopServiceWorker(extension, reopened);
    await reopened.close();
    const afterRestart = await openPopup(extension);
    const list = afterRestart.getByRole('list', { name: 'Prospects' });
    await list.getByText('Grace Hopper').waitFor();
    expect(await list.getByRole('listitem').count()).toBe(1);
  });

  it('refuses a message that does not follow the protocol', async () => {
    const popup = await openPopup(extension);
    const reply = await sendFromPage(popup, 'saveProspect', { prospect: { name: '' } });
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/"saveProspect" request is not valid/) });
  });

  it('restores a downloaded backup into a fresh profile with identical data', async () => {
    const options = await openOptions(extension);
    await chooseBackupFile(options, 'sample-backup.json', SAMPLE_BACKUP);
    await options.getByText(/sample-backup\.json holds 3 prospects, 1 playbook, 2 enrollments, 6 touches/).waitFor();
    await options.getByRole('button', { name: 'Replace my data' }).click();
    await options
      .getByRole('status')
      .getByText(/^Restored 3 prospects/)
      .waitFor();
    const original = await downloadBackup(options);

    const fresh = await launchExtension();
    try {
      const freshOptions = await openOptions(fresh);
      await chooseBackupFile(freshOptions, 'downloaded.json', JSON.stringify(original));
      await freshOptions.getByRole('button', { name: 'Replace my data' }).click();
      await freshOptions
        .getByRole('status')
        .getByText(/^Restored/)
        .waitFor();
      const restored = await downloadBackup(freshOptions);
      expect(tablesOf(restored)).toEqual(tablesOf(original));
      const popup = await openPopup(fresh);
      await popup.getByRole('list', { name: 'Prospects' }).getByText('María González').waitFor();
      await popup.getByRole('list', { name: "Today's queue" }).getByText('María González').first().waitFor();
      await popup.setViewportSize({ width: 400, height: 560 });
      await popup.screenshot({ path: 'docs/popup.png', fullPage: true });
    } finally {
      await fresh.close();
    }
  });

  it('rejects a malformed backup in words and changes nothing', async () => {
    const options = await openOptions(extension);
    await chooseBackupFile(options, 'sample-backup.json', SAMPLE_BACKUP);
    await options.getByRole('button', { name: 'Replace my data' }).click();
    await options.getByRole('status').waitFor();
    const before = await downloadBackup(options);

    const broken = JSON.parse(SAMPLE_BACKUP);
    broken.touches[2].outcome = 'maybe';
    await chooseBackupFile(options, 'broken.json', JSON.stringify(broken));
    const alert = options.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(
      /cannot be restored, and nothing was changed: touches\[2\]\.outcome should be one of/,
    );

    await chooseBackupFile(options, 'garbage.json', '{ not json');
    await options
      .getByRole('alert')
      .getByText('garbage.json is not a Fifth Touch backup: it is not valid JSON. Nothing was changed.')
      .waitFor();

    expect(tablesOf(await downloadBackup(options))).toEqual(tablesOf(before));
  });
});
