import { requestPersistentStorage } from '@/lib/platform/persistent-storage';

function stubStorage(storage: Partial<StorageManager> | undefined) {
  vi.stubGlobal('navigator', { ...globalThis.navigator, storage });
}

describe('asking the browser to keep our data', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks once the storage is not yet persistent, and says what the browser granted', async () => {
    const persist = vi.fn(async () => true);
    stubStorage({ persisted: async () => false, persist });
    expect(await requestPersistentStorage()).toBe(true);
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('does not ask again when the storage is already persistent', async () => {
    const persist = vi.fn(async () => true);
    stubStorage({ persisted: async () => true, persist });
    expect(await requestPersistentStorage()).toBe(true);
    expect(persist).not.toHaveBeenCalled();
  });

  it('reports a refusal, and answers false where the browser cannot be asked', async () => {
    stubStorage({ persisted: async () => false, persist: async () => false });
    expect(await requestPersistentStorage()).toBe(false);
    stubStorage(undefined);
    expect(await requestPersistentStorage()).toBe(false);
  });
});
