import type { spawnSync } from 'node:child_process';

export declare const ELECTRON_NODE: string;
export declare function skipRequested(env: Record<string, string | undefined>): boolean;
export declare function atLeast(version: string, minimum: string): boolean;
export declare function installElectron(options?: {
  env?: Record<string, string | undefined>;
  nodeVersion?: string;
  log?: Pick<Console, 'log' | 'warn' | 'error'>;
  run?: typeof spawnSync;
}): number;
