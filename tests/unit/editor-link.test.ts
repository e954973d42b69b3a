import { describe, expect, it } from 'vitest';
import { blankScenario } from '../../src/editor/index';
import {
  decodeScenarioFragment,
  encodeScenarioFragment,
  MAX_SCENARIO_LINK_BYTES,
  SCENARIO_PREFIX,
} from '../../src/game/editor/share-link';
import { parseScenarioText } from '../../src/sim/index';
import { pipeAtMost, toBase64Url } from '../../src/store/share';

async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const r = await pipeAtMost(bytes, new CompressionStream('deflate-raw'), Number.POSITIVE_INFINITY);
  return r.bytes ?? new Uint8Array();
}

describe('scenario links', () => {
  it('carry a scenario that parses back as it was', async () => {
    const doc = { ...blankScenario(), title: 'Über den Rand — a link' };
    const fragment = await encodeScenarioFragment(doc);
    expect(fragment.startsWith(SCENARIO_PREFIX)).toBe(true);
    const back = await decodeScenarioFragment(fragment);
    expect(back.ok).toBe(true);
    const parsed = parseScenarioText(back.ok ? back.text : '');
    expect(parsed.ok && parsed.value.title).toBe('Über den Rand — a link');
  });

  it('refuse a link that inflates past the size limit, before it is read whole', async () => {
    const bomb = await deflate(new Uint8Array(MAX_SCENARIO_LINK_BYTES + 100_000).fill(32));
    const r = await decodeScenarioFragment(SCENARIO_PREFIX + toBase64Url(bomb));
    expect(r).toEqual({ ok: false, message: 'The scenario link is too large to open.' });
  });

  it('refuse a damaged link and a replay link with a sentence', async () => {
    expect((await decodeScenarioFragment(`${SCENARIO_PREFIX}a!b`)).ok).toBe(false);
    const cut = (await encodeScenarioFragment(blankScenario())).slice(0, 30);
    const r = await decodeScenarioFragment(cut);
    expect(r.ok ? '' : r.message).toMatch(/damaged or cut short/);
    expect(await decodeScenarioFragment('#replay=abc')).toEqual({
      ok: false,
      message: 'The link holds no scenario.',
    });
  });
});
