import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { ActionName, CompanionActions } from '../../core/api';
import { ACTION_ARGUMENT_GUARDS, ACTION_NAMES, actionChannel } from '../../core/api';
import { handleInvoke } from './bridge';

export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

/**
 * One handler per contract action. Each handler refuses callers that are not
 * our page and arguments the contract's guard rejects, before the service sees
 * them. Refusals are logged by channel only: arguments may hold feed URLs or
 * other text an attendee typed, which does not belong in a log.
 */
export function registerActionHandlers(ipcMain: IpcMain, service: CompanionActions, isTrusted: SenderCheck): void {
  for (const name of ACTION_NAMES) {
    handleInvoke(ipcMain, actionChannel(name), (event, ...args: unknown[]) => handle(name, service, isTrusted, event, args));
  }
}

async function handle<K extends ActionName>(
  name: K,
  service: CompanionActions,
  isTrusted: SenderCheck,
  event: IpcMainInvokeEvent,
  args: readonly unknown[],
): Promise<Awaited<ReturnType<CompanionActions[K]>>> {
  const channel = actionChannel(name);
  if (!isTrusted(event)) {
    console.warn(`[ipc] refused ${channel}: the sender is not the app's own page`);
    throw new Error(`${channel} refused: the caller is not the app's own page`);
  }
  const guard: (args: readonly unknown[]) => args is Parameters<CompanionActions[K]> = ACTION_ARGUMENT_GUARDS[name];
  if (!guard(args)) {
    console.warn(`[ipc] refused ${channel}: invalid arguments (${args.length} given)`);
    throw new Error(`${channel} refused: invalid arguments`);
  }
  const action = service[name] as (...actionArgs: Parameters<CompanionActions[K]>) => ReturnType<CompanionActions[K]>;
  return await action.apply(service, args);
}
