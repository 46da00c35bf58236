import { defineConfig } from 'wxt';

// Only what the product needs: local data, reminders, and the two sites reps work in.
export const HOST_PERMISSIONS = ['https://mail.google.com/*', 'https://www.linkedin.com/*'];
export const PERMISSIONS = ['storage', 'alarms', 'notifications'];
const PRODUCT_NAME = 'Fifth Touch';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Explicit imports keep layers visible to lint and readers.
  imports: false,
  manifest: ({ manifestVersion }) => {
    const toolbarButton = manifestVersion === 2 ? 'browser_action' : 'action';
    return {
      name: PRODUCT_NAME,
      description: 'Follow up until the fifth touch and beyond: reminders and next steps in Gmail and LinkedIn.',
      permissions: PERMISSIONS,
      host_permissions: HOST_PERMISSIONS,
      // public/popup.html is static (see its head), so the toolbar button is declared here.
      [toolbarButton]: {
        default_title: PRODUCT_NAME,
        default_popup: 'popup.html',
      },
      // Shortcuts need no permission; the rep can change the keys in the browser's shortcut settings.
      commands: {
        [`_execute_${toolbarButton}`]: {
          suggested_key: { default: 'Alt+Shift+F' },
          description: "Open today's follow-ups",
        },
        'log-touch': {
          suggested_key: { default: 'Alt+Shift+L' },
          description: 'Log a touch for the prospect on this Gmail thread or LinkedIn profile',
        },
      },
    };
  },
});
