// Files as bytes become text here, at the edge: UTF-8 only, with the offset of the first byte
// that is not, so that an author can find it.
import type { RawFile } from './validate.ts';

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The offset of the first byte that does not begin a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const byte = bytes[i]!;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (!length || i + length > bytes.length) return i;
    // The second byte's range excludes overlong forms, UTF-16 surrogates and values above U+10FFFF.
    const second = bytes[i + 1];
    const low = byte === 0xe0 ? 0xa0 : byte === 0xf0 ? 0x90 : 0x80;
    const high = byte === 0xed ? 0x9f : byte === 0xf4 ? 0x8f : 0xbf;
    if (length > 1 && (second! < low || second! > high)) return i;
    for (let k = 2; k < length; k++) if (bytes[i + k]! < 0x80 || bytes[i + k]! > 0xbf) return i;
    i += length;
  }
  return -1;
}

/** A file read from disk as text, or marked with the offset where it stops being UTF-8. */
export function decodeFile(path: string, bytes: Uint8Array): RawFile {
  try {
    return { path, text: decoder.decode(bytes) };
  } catch {
    const offset = Math.max(0, firstInvalidUtf8(bytes));
    const line = bytes.subarray(0, offset).filter((byte) => byte === 0x0a).length + 1;
    return { path, text: '', invalidUtf8At: offset, invalidUtf8Line: line };
  }
}
