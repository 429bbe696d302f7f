// Unit tests run in Node: give browser-only libraries (dexie-export-import) the globals they look for.
(globalThis as { self?: unknown }).self ??= globalThis;

/** The one FileReader call dexie-export-import makes (readAsArrayBuffer), on Node's Blob. */
class NodeFileReader {
  result: ArrayBuffer | null = null;
  onload: ((event: { target: NodeFileReader }) => void) | null = null;
  onerror: ((event: { target: { error: unknown } }) => void) | null = null;
  onabort: (() => void) | null = null;
  readAsArrayBuffer(blob: Blob): void {
    blob.arrayBuffer().then(
      (buffer) => {
        this.result = buffer;
        this.onload?.({ target: this });
      },
      (error: unknown) => this.onerror?.({ target: { error } }),
    );
  }
}
(globalThis as { FileReader?: unknown }).FileReader ??= NodeFileReader;
