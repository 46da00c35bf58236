import { fireEvent, render, screen } from '@testing-library/react';
import { BackupPanel, type BackupPanelProps } from '@/components/BackupPanel';

const COUNTS = { prospects: 12, cadences: 1, enrollments: 12, touches: 140, tasks: 3, contentItems: 20, settings: 1 };

function renderPanel(overrides: Partial<BackupPanelProps> = {}) {
  const props: BackupPanelProps = {
    downloadBackup: vi.fn(async () => undefined),
    previewBackup: vi.fn(async () => COUNTS),
    restoreBackup: vi.fn(async () => COUNTS),
    ...overrides,
  };
  render(<BackupPanel {...props} />);
  return props;
}

function chooseFile(text: string, name = 'backup.json') {
  const input = screen.getByLabelText('Restore backup');
  fireEvent.change(input, { target: { files: [new File([text], name, { type: 'application/json' })] } });
}

describe('BackupPanel', () => {
  it('downloads a backup and says so', async () => {
    const props = renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Download backup' }));
    expect((await screen.findByRole('status')).textContent).toBe('Backup downloaded.');
    expect(props.downloadBackup).toHaveBeenCalledOnce();
  });

  it('summarises the file, then replaces on confirmation', async () => {
    const props = renderPanel();
    chooseFile('{"format":"fifth-touch-backup"}');
    const group = await screen.findByRole('group', { name: 'Confirm restore' });
    expect(group.textContent).toContain(
      'backup.json holds 12 prospects, 1 playbook, 12 enrollments, 140 touches, 3 tasks, 20 content pieces',
    );
    expect(props.restoreBackup).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Replace my data' }));
    expect((await screen.findByRole('status')).textContent).toMatch(/^Restored 12 prospects/);
    expect(props.restoreBackup).toHaveBeenCalledWith({ format: 'fifth-touch-backup' }, 'replace');
  });

  it('merges when asked', async () => {
    const props = renderPanel();
    chooseFile('{"format":"fifth-touch-backup"}');
    fireEvent.click(await screen.findByRole('button', { name: 'Merge into my data' }));
    await screen.findByRole('status');
    expect(props.restoreBackup).toHaveBeenCalledWith({ format: 'fifth-touch-backup' }, 'merge');
  });

  it('rejects a file that is not JSON in words, without restoring', async () => {
    const props = renderPanel();
    chooseFile('this is not json', 'notes.txt');
    expect((await screen.findByRole('alert')).textContent).toBe(
      'notes.txt is not a Fifth Touch backup: it is not valid JSON. Nothing was changed.',
    );
    expect(props.previewBackup).not.toHaveBeenCalled();
    expect(props.restoreBackup).not.toHaveBeenCalled();
  });

  it('shows the background\u2019s reason when a backup is rejected', async () => {
    renderPanel({
      previewBackup: () =>
        Promise.reject(
          new Error(
            'This backup cannot be restored, and nothing was changed: prospects[0].email is not a valid email.',
          ),
        ),
    });
    chooseFile('{}');
    expect((await screen.findByRole('alert')).textContent).toContain('prospects[0].email is not a valid email');
  });

  it('cancels without restoring', async () => {
    const props = renderPanel();
    chooseFile('{}');
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('group')).toBeNull();
    expect(props.restoreBackup).not.toHaveBeenCalled();
  });
});
