/** The page's base64 of file bytes, native where the engine has it and by loops where it has not, must be Node's base64. */
import { describe, expect, test } from 'vitest';
import { fromBase64, toBase64 } from '../../renderer/base64.ts';

const bytes = () => {
  // Every byte value, and more than one of the encoder's 32 KiB slices.
  const b = new Uint8Array(100_003);
  for (let i = 0; i < b.length; i++) b[i] = (i * 7919 + (i >> 8)) & 0xff;
  return b;
};

describe('base64 of file bytes', () => {
  test('as the engine has it', () => {
    const b = bytes();
    const text = toBase64(b);
    expect(text).toBe(Buffer.from(b).toString('base64'));
    expect(Buffer.from(fromBase64(text)).equals(Buffer.from(b))).toBe(true);
  });

  test('without the native methods (an older engine)', () => {
    const b = bytes();
    Object.defineProperty(b, 'toBase64', { value: undefined });
    const text = toBase64(b);
    expect(text).toBe(Buffer.from(b).toString('base64'));
    const U = Uint8Array as unknown as { fromBase64?: unknown };
    const saved = Object.getOwnPropertyDescriptor(Uint8Array, 'fromBase64');
    Object.defineProperty(Uint8Array, 'fromBase64', { value: undefined, configurable: true });
    try {
      expect(U.fromBase64).toBeUndefined();
      expect(Buffer.from(fromBase64(text)).equals(Buffer.from(b))).toBe(true);
    } finally {
      if (saved) Object.defineProperty(Uint8Array, 'fromBase64', saved);
      else delete U.fromBase64;
    }
  });
});
