import type { DesktopApi } from '../../../shared/ipc';
import { createBrowserBridge } from './browser';
import { createDesktopBridge } from './desktop';
import type { PlatformBridge } from './types';

declare global {
  // Declaration merging needs an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    /** Set by the Electron preload; absent in web mode. */
    jalon?: DesktopApi;
  }
}

/** The platform the renderer runs on: the desktop shell when its preload is there, else the browser. */
export const platform: PlatformBridge = window.jalon
  ? createDesktopBridge(window.jalon)
  : createBrowserBridge(import.meta.env['VITE_APP_VERSION'] ?? 'dev');

export type { PlatformBridge } from './types';
