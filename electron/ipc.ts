import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import {
  IPC_CHANNELS,
  IPC_SCHEMAS,
  type IpcMethod,
  type IpcRequest,
  type IpcResponse,
  type IpcResult,
  ipcErrorCodeOf,
} from '../shared/ipc';

/** The implementation of every method of the contract, given a request already validated. */
export type IpcHandlers = {
  [M in IpcMethod]: (request: IpcRequest<M>, event: IpcMainInvokeEvent) => Promise<IpcResponse<M>>;
};

/**
 * Registers one handler per method. Each request is checked against its schema
 * and its sender against `isTrustedSender` before the handler runs; failures
 * come back as `{ ok: false }`, never as a thrown error across IPC.
 */
export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: IpcHandlers,
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean,
): void {
  for (const method of Object.keys(IPC_CHANNELS) as IpcMethod[]) {
    ipcMain.handle(IPC_CHANNELS[method], async (event, payload: unknown): Promise<IpcResult<unknown>> => {
      if (!isTrustedSender(event)) {
        return { ok: false, error: { code: 'invalid-request', message: 'Request from an untrusted page.' } };
      }
      const parsed = IPC_SCHEMAS[method].safeParse(payload);
      if (!parsed.success) {
        const details = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(request)'}: ${issue.message}`);
        return { ok: false, error: { code: 'invalid-request', message: `Invalid ${method} request: ${details.join('; ')}` } };
      }
      try {
        const handler = handlers[method] as (request: unknown, event: IpcMainInvokeEvent) => Promise<unknown>;
        return { ok: true, value: await handler(parsed.data, event) };
      } catch (error) {
        return { ok: false, error: { code: ipcErrorCodeOf(error), message: error instanceof Error ? error.message : String(error) } };
      }
    });
  }
}
