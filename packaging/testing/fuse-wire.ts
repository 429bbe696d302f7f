import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';

/** Where Electron's fuse wire starts in its binary (the marker @electron/fuses looks for). */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const [OFF, ON] = [48, 49];

/** Electron's default fuses, plus a ninth, newer than @electron/fuses 1.8 knows. */
export const ELECTRON_DEFAULT_WIRE = [ON, OFF, ON, ON, OFF, OFF, OFF, ON, ON];

/** A stand-in for a packaged Electron binary: some bytes, the sentinel, wire version 1, its length, the wire. */
export function standInElectron(wire: number[] = ELECTRON_DEFAULT_WIRE): Buffer {
  return Buffer.concat([Buffer.from('#!/bin/sh\n# stand-in for Electron '), Buffer.from(SENTINEL), Buffer.from([1, wire.length, ...wire]), Buffer.from('\n')]);
}

/** The fuses Jalon must ship with (issue 15), written out here rather than read from packaging/fuses.ts. */
export const REQUIRED_FUSES = {
  RunAsNode: 'off',
  EnableCookieEncryption: 'on',
  EnableNodeOptionsEnvironmentVariable: 'off',
  EnableNodeCliInspectArguments: 'off',
  EnableEmbeddedAsarIntegrityValidation: 'on',
  OnlyLoadAppFromAsar: 'on',
  LoadBrowserProcessSpecificV8Snapshot: 'off',
  GrantFileProtocolExtraPrivileges: 'off',
} as const;

/** The fuses a binary (or a Mac .app) carries, by name, 'on' or 'off'; unknown ones as `fuse<index>`. */
export async function readFuses(binary: string): Promise<Record<string, 'on' | 'off' | number>> {
  const wire = (await getCurrentFuseWire(binary)) as unknown as Record<string, number>;
  const states: Record<string, 'on' | 'off' | number> = {};
  for (const [key, value] of Object.entries(wire)) {
    if (key === 'version') continue;
    const name = FuseV1Options[Number(key)] ?? `fuse${key}`;
    states[name] = value === ON ? 'on' : value === OFF ? 'off' : value;
  }
  return states;
}
