/**
 * Asks the browser to keep Jalon's storage even under disk pressure. Resolves
 * `null` where the browser has no such API.
 */
export async function requestPersistentStorage(): Promise<boolean | null> {
  if (!navigator.storage?.persist) return null;
  try {
    return (await navigator.storage.persisted()) || (await navigator.storage.persist());
  } catch {
    return false;
  }
}
