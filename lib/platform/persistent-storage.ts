/**
 * Asks the browser not to evict our IndexedDB under storage pressure. Only pages can ask
 * (StorageManager.persist is not exposed in service workers), so the popup and options do.
 */
export async function requestPersistentStorage(): Promise<boolean> {
  if (!navigator.storage?.persist) return false;
  return (await navigator.storage.persisted()) || navigator.storage.persist();
}
