import type { Page } from '@playwright/test';

/** How many records each store of the app's IndexedDB holds, read straight from the browser. */
export function countStored(page: Page, stores: readonly string[]): Promise<number[]> {
  return page.evaluate(async (names) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('jalon');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const count = (store: string) =>
      new Promise<number>((resolve) => {
        const request = db.transaction(store).objectStore(store).count();
        request.onsuccess = () => resolve(request.result);
      });
    const result: number[] = [];
    for (const name of names) result.push(await count(name));
    db.close();
    return result;
  }, stores);
}

/** Every store that holds a person's data. */
export const PERSON_STORES = ['people', 'reviews', 'reviewSummaries', 'personSummaries', 'sealLog', 'journalNotes', 'planActions'] as const;

/** A newer Jalon, in `page` (another window of the app's origin), upgrading the app's database to `version`: whether it could. */
export function upgradeAsNewerJalon(page: Page, version: number): Promise<boolean> {
  return page.evaluate(
    (to) =>
      new Promise<boolean>((resolve) => {
        const request = indexedDB.open('jalon', to);
        request.onsuccess = () => {
          request.result.close();
          resolve(true);
        };
        request.onerror = () => resolve(false);
      }),
    version,
  );
}
