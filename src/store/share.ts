// Share links: a replay compressed into the address's fragment (#replay=…), with the browser's own
// compression streams (deflate-raw) and base64url. Nothing goes to a server. Decoding is bounded:
// a link that inflates past the replay size limit is refused, not swallowed.
import { compactForLink, MAX_REPLAY_CHARS, type Replay } from '../sim/index';

export const SHARE_PREFIX = '#replay=';
/** The most bytes a link's replay may inflate to: the replay size limit, in UTF-8. */
export const MAX_SHARE_BYTES = MAX_REPLAY_CHARS * 3;

export function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  } catch {
    return null;
  }
}

/** Input fed to the decompressor at a time: deflate inflates at most ~1,032 times, so ~1 MB out. */
const INFLATE_STEP = 1024;

/**
 * The bytes the stream gives for `bytes`, or null past `limit` bytes. The input is fed a small slice
 * at a time and the output read as it comes, so a bomb (a small input that inflates to gigabytes)
 * is stopped at the limit, within one slice's worth of output: `inflated` says how far it got.
 */
export async function pipeAtMost(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream,
  limit: number,
): Promise<{ bytes: Uint8Array | null; inflated: number; fed: number }> {
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  let fed = 0;
  let stopped = false;
  const feeding = (async () => {
    for (let at = 0; at < bytes.length && !stopped; at += INFLATE_STEP) {
      const slice = bytes.slice(at, at + INFLATE_STEP);
      fed += slice.length;
      await writer.write(slice);
    }
    if (!stopped) await writer.close();
  })();
  // A refused stream's pending write rejects; that is the stop, not an error to report.
  feeding.catch(() => undefined);
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > limit) {
        stopped = true;
        await reader.cancel();
        await writer.abort().catch(() => undefined);
        return { bytes: null, inflated: size, fed };
      }
      chunks.push(value);
    }
    await feeding;
  } catch (e) {
    stopped = true;
    await writer.abort().catch(() => undefined);
    throw e;
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return { bytes: out, inflated: size, fed };
}

async function pipe(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream,
  limit: number,
): Promise<Uint8Array | null> {
  return (await pipeAtMost(bytes, stream, limit)).bytes;
}

/** The fragment for a replay: `#replay=…` (made small first: see `compactForLink`). */
export async function encodeShareFragment(replay: Replay): Promise<string> {
  const packed = await pipe(
    new TextEncoder().encode(JSON.stringify(compactForLink(replay))),
    new CompressionStream('deflate-raw'),
    Number.POSITIVE_INFINITY,
  );
  return SHARE_PREFIX + toBase64Url(packed ?? new Uint8Array());
}

export type Decoded = { ok: true; text: string } | { ok: false; message: string };

/** The replay text in a fragment, or why the link cannot be read. */
export async function decodeShareFragment(fragment: string): Promise<Decoded> {
  if (!fragment.startsWith(SHARE_PREFIX)) return { ok: false, message: 'The link holds no replay.' };
  const bytes = fromBase64Url(fragment.slice(SHARE_PREFIX.length));
  if (!bytes || bytes.length === 0)
    return { ok: false, message: 'The share link is damaged: its replay is not readable text.' };
  try {
    // At most three bytes of UTF-8 a character: no more can become a replay the parser accepts.
    const text = await pipe(bytes, new DecompressionStream('deflate-raw'), MAX_SHARE_BYTES);
    if (!text) return { ok: false, message: 'The share link’s replay is too large to open.' };
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(text) };
  } catch {
    return { ok: false, message: 'The share link is damaged or cut short: its replay does not decompress.' };
  }
}
