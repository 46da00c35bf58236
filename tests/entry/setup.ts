import { installFakeCommands } from './fake-commands';

installFakeCommands();

// A woken worker starts its refresh on a timer (WAKE_REFRESH_DELAY_MS). On a fake one, a worker
// started in one test never refreshes in the next; a test that wants that refresh advances time.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});

afterEach(() => {
  vi.useRealTimers();
});
