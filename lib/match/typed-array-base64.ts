/**
 * Typed arrays cross `storage.local` and messages as base64 text: both serialise to JSON, which
 * would turn an Int32Array into an object with one key per element.
 */

interface Base64Uint8ArrayConstructor {
  fromBase64?(text: string): Uint8Array;
}
interface Base64Uint8Array {
  toBase64?(): string;
}

export function bytesToBase64(bytes: Uint8Array): string {
  const native = (bytes as Base64Uint8Array).toBase64;
  if (native) return native.call(bytes);
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode.apply(null, bytes.subarray(i, i + chunk) as unknown as number[]);
  }
  return btoa(binary);
}

export function base64ToBytes(text: string): Uint8Array {
  const native = (Uint8Array as Base64Uint8ArrayConstructor).fromBase64;
  if (native) return native(text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function int32ToBase64(values: Int32Array): string {
  return bytesToBase64(new Uint8Array(values.buffer, values.byteOffset, values.byteLength));
}

export function base64ToInt32(text: string): Int32Array {
  const bytes = base64ToBytes(text);
  // fromBase64 may return a view whose offset is not a multiple of 4; copy only then.
  if (bytes.byteOffset % 4 === 0) return new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >> 2);
  return new Int32Array(bytes.slice().buffer);
}
