import { browser } from 'wxt/browser';
import type { ProtocolMessageType, ProtocolPayload, ProtocolResult } from './protocol';

/** Sends a declared message to the background and unwraps its result, throwing its error. */
export async function sendMessage<K extends ProtocolMessageType, R = unknown>(type: K, data: ProtocolPayload<K>): Promise<R> {
  const result = (await browser.runtime.sendMessage({ type, data })) as ProtocolResult<R> | undefined;
  if (!result) throw new Error(`No answer from the background to ${type}`);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}
