// A scenario in a link's fragment (#scenario=…), compressed as replays are (src/store/share.ts) and
// bounded the same way: a link that inflates past the scenario size limit is refused, not swallowed.
import type { Json } from '../../editor/json';
import { MAX_SCENARIO_CHARS } from '../../sim/index';
import { type Decoded, fromBase64Url, pipeAtMost, toBase64Url } from '../../store/share';

export const SCENARIO_PREFIX = '#scenario=';
/** At most three bytes of UTF-8 a character: no more can become a scenario the parser accepts. */
export const MAX_SCENARIO_LINK_BYTES = MAX_SCENARIO_CHARS * 3;

export async function encodeScenarioFragment(doc: Json): Promise<string> {
  const r = await pipeAtMost(
    new TextEncoder().encode(JSON.stringify(doc)),
    new CompressionStream('deflate-raw'),
    Number.POSITIVE_INFINITY,
  );
  return SCENARIO_PREFIX + toBase64Url(r.bytes ?? new Uint8Array());
}

/** The scenario text in a fragment, or why the link cannot be read (it is parsed after, as a file is). */
export async function decodeScenarioFragment(fragment: string): Promise<Decoded> {
  if (!fragment.startsWith(SCENARIO_PREFIX)) return { ok: false, message: 'The link holds no scenario.' };
  const bytes = fromBase64Url(fragment.slice(SCENARIO_PREFIX.length));
  if (!bytes || bytes.length === 0)
    return { ok: false, message: 'The scenario link is damaged: it is not readable text.' };
  try {
    const r = await pipeAtMost(bytes, new DecompressionStream('deflate-raw'), MAX_SCENARIO_LINK_BYTES);
    if (!r.bytes) return { ok: false, message: 'The scenario link is too large to open.' };
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(r.bytes) };
  } catch {
    return { ok: false, message: 'The scenario link is damaged or cut short: it does not decompress.' };
  }
}

/** A scenario a link brought, waiting for the editor to open it. */
let pending: { doc: Json; label: string } | null = null;

export function sendToEditor(doc: Json, label: string): void {
  pending = { doc, label };
}

export function takePending(): { doc: Json; label: string } | null {
  const p = pending;
  pending = null;
  return p;
}
