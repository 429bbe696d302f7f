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
