import { launchExtension, sendFromPage, type LoadedExtension } from './helpers/extension';
import { openOptions } from './helpers/options';
import { openPopup } from './helpers/popup';

interface SummaryReply {
  ok: boolean;
  response: { prospectId: string; enrollmentId?: string; stepNumber?: number; stepCount?: number };
}

describe('options editors in real Chromium', () => {
  let extension: LoadedExtension;

  beforeEach(async () => {
    extension = await launchExtension();
  });

  afterEach(async () => {
    await extension.close();
  });

  it('adds a day-35 step to the default playbook; a prospect on step 2 stays on step 2, now of 10', async () => {
    const options = await openOptions(extension);
    const added = (await sendFromPage(options, 'addProspect', {
      name: 'Ada Lovelace',
      contact: 'ada@analytical.example',
    })) as SummaryReply;
    expect(added.response).toMatchObject({ stepNumber: 1, stepCount: 9 });
    const done = (await sendFromPage(options, 'completeStep', {
      enrollmentId: added.response.enrollmentId,
      outcome: 'sent',
      touchIdPrefix: 'e2e-step-1',
    })) as SummaryReply;
    expect(done.response).toMatchObject({ stepNumber: 2, stepCount: 9 });

    await options.reload();
    await options.getByRole('button', { name: 'Edit 28-day playbook' }).click();
    const form = options.getByRole('form', { name: 'Edit 28-day playbook' });
    await form.getByText('1 prospect is in this playbook').waitFor();
    await form.getByRole('button', { name: 'Add step' }).click();
    await form.getByRole('group', { name: 'Step 10' }).getByLabel('Day').fill('35');
    await form.getByRole('button', { name: 'Save playbook' }).click();
    await options.getByRole('status').getByText('Saved 28-day playbook. 1 prospect keeps their progress.').waitFor();
    await options.getByRole('listitem', { name: '28-day playbook' }).getByText('10 steps over 35 days').waitFor();

    const summary = (await sendFromPage(options, 'getProspectSummary', {
      prospectId: added.response.prospectId,
    })) as SummaryReply;
    expect(summary.response).toMatchObject({ stepNumber: 2, stepCount: 10 });
    const popup = await openPopup(extension);
    await popup.getByRole('listitem', { name: /^Ada Lovelace, Step 2 of 10/ }).waitFor();
  });

  it('saves a setting at once, keeps it after a reload, and explains a bad value beside its field', async () => {
    const options = await openOptions(extension);
    const delay = options.getByLabel('Callback delay (working days)');
    await delay.fill('4');
    await delay.blur();
    await options.getByRole('status').getByText('Saved: Callback delay (working days).').waitFor();

    await options.reload();
    expect(await options.getByLabel('Callback delay (working days)').inputValue()).toBe('4');

    const zone = options.getByLabel('Home time zone');
    const zoneBefore = await zone.inputValue();
    await zone.fill('Mars/Olympus');
    await zone.blur();
    const errorId = await zone.getAttribute('aria-describedby');
    expect(await options.locator(`[id="${errorId}"]`).textContent()).toContain(
      'Home time zone should be an IANA time zone such as Europe/Berlin.',
    );
    const stored = (await sendFromPage(options, 'getSettings', {})) as { response: { timeZone: string } };
    expect(stored.response.timeZone).toBe(zoneBefore);
  });
});
