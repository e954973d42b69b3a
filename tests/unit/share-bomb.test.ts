// A share link is untrusted input: one that inflates to gigabytes (a decompression bomb) is stopped
// while it inflates, at the size limit, not after the whole of it has been held in memory.
import { constants, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeShareFragment, MAX_SHARE_BYTES, pipeAtMost, SHARE_PREFIX } from '../../src/store/share';

const MiB = 1 << 20;

/**
 * A raw deflate stream of `mebibytes` MiB of zeros, about 1 KB a MiB: one block of a MiB of zeros,
 * ended by a sync flush (so the next copy starts on a byte), repeated, then an empty final block.
 */
function bomb(mebibytes: number): Uint8Array {
  const block = deflateRawSync(Buffer.alloc(MiB), { finishFlush: constants.Z_SYNC_FLUSH });
  const out = new Uint8Array(block.length * mebibytes + 2);
  for (let i = 0; i < mebibytes; i++) out.set(block, i * block.length);
  out.set([0x03, 0x00], block.length * mebibytes);
  return out;
}

const toBase64Url = (bytes: Uint8Array) =>
  Buffer.from(bytes).toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

describe('a decompression bomb in a share link', () => {
  it('is a true bomb: a small one inflates to exactly its size', async () => {
    const small = bomb(3);
    const r = await pipeAtMost(small, new DecompressionStream('deflate-raw'), Number.POSITIVE_INFINITY);
    expect(r.bytes?.length).toBe(3 * MiB);
    expect(r.bytes?.every((b) => b === 0)).toBe(true);
    expect(small.length).toBeLessThan(4 * 1024);
  });

  it('of 1.5 GiB is stopped at the limit, having inflated little more than the limit', async () => {
    const big = bomb(1536);
    expect(big.length).toBeLessThan(2 * MiB);
    const r = await pipeAtMost(big, new DecompressionStream('deflate-raw'), MAX_SHARE_BYTES);
    expect(r.bytes).toBeNull();
    // Stopped within a few slices' worth of output past the limit (a slice is 1 KB in, ~1 MB out),
    // having fed the decompressor only the part of the link that reached it.
    expect(r.inflated).toBeGreaterThan(MAX_SHARE_BYTES);
    expect(r.inflated).toBeLessThan(MAX_SHARE_BYTES + 4 * MiB);
    expect(r.fed).toBeLessThan(big.length / 50);
  });

  it('is refused as too large, the fragment as a whole', async () => {
    const r = await decodeShareFragment(SHARE_PREFIX + toBase64Url(bomb(1536)));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('too large');
  });
});
