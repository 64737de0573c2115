// The wrapper every ipcMain.handle goes through: the sender must be the top frame of one of the app's
// own pages, and the payload must pass the channel's validator. Plain module (no electron import) so
// it is tested under Node with event-shaped objects.
import {isAppOrigin} from './url'
import {ValidationError, type Validator} from './validate'

/** The part of Electron's IpcMainInvokeEvent the guard reads. */
export interface SenderInfo {
  senderFrame: {url: string; parent: unknown} | null
}

export class UntrustedSenderError extends Error {
  constructor(url: string | undefined) {
    super(`IPC refused: sender ${url ?? '(no frame)'} is not the app`)
    this.name = 'UntrustedSenderError'
  }
}

/** Is this event from the top-level frame of an allowed origin? */
export function isTrustedSender(event: SenderInfo, allowedOrigins: readonly string[]): boolean {
  const frame = event.senderFrame
  if (!frame) return false // the frame navigated away or was destroyed
  if (frame.parent !== null) return false // sub-frames never talk to main
  return isAppOrigin(frame.url, allowedOrigins)
}

/**
 * Wraps a handler: refuses untrusted senders and invalid payloads (the renderer's promise rejects
 * with a short message), then calls `handler` with the typed payload.
 */
export function guard<E extends SenderInfo, T, R>(
  allowedOrigins: () => readonly string[],
  validator: Validator<T>,
  handler: (payload: T, event: E) => Promise<R> | R,
  log: (message: string) => void = (m) => console.warn(m)
): (event: E, payload?: unknown) => Promise<R> {
  return async (event, payload) => {
    if (!isTrustedSender(event, allowedOrigins())) {
      const error = new UntrustedSenderError(event.senderFrame?.url)
      log(error.message)
      throw error
    }
    let value: T
    try {
      value = validator(payload)
    } catch (error) {
      if (error instanceof ValidationError) log(error.message)
      throw error
    }
    return handler(value, event)
  }
}
