import type { Browser } from 'wxt/browser';
import { ProtocolSchemas, type ProtocolMessageType, type ProtocolPayload, type ProtocolResult } from '../protocol';

export type MessageHandlers = {
  [K in ProtocolMessageType]: (payload: ProtocolPayload<K>, sender: Browser.runtime.MessageSender) => Promise<unknown> | unknown;
};

function isProtocolType(type: unknown): type is ProtocolMessageType {
  return typeof type === 'string' && Object.hasOwn(ProtocolSchemas, type);
}

/**
 * Validates and dispatches one incoming message. Only the declared messages from this extension
 * are answered; anything else gets an error result, never a crash and never a side effect.
 */
export async function routeMessage(
  handlers: MessageHandlers,
  message: unknown,
  sender: Browser.runtime.MessageSender,
  extensionId: string,
): Promise<ProtocolResult<unknown>> {
  if (sender.id !== extensionId) return { ok: false, error: 'Messages from other extensions or pages are not accepted.' };
  if (typeof message !== 'object' || message === null) return { ok: false, error: 'A message must be an object with a type.' };
  const { type, data } = message as { type?: unknown; data?: unknown };
  if (!isProtocolType(type)) return { ok: false, error: `Unknown message type: ${String(type).slice(0, 64)}` };
  const parsed = ProtocolSchemas[type].safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `Invalid ${type} message: ${issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'bad payload'}` };
  }
  try {
    const handler = handlers[type] as (payload: unknown, sender: Browser.runtime.MessageSender) => unknown;
    return { ok: true, value: await handler(parsed.data, sender) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
