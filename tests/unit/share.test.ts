// Share links: a replay compressed into the fragment and back, every hash it keeps still checked,
// and damaged links refused with the reason.
import { describe, expect, it } from 'vitest';
import {
  compactForLink,
  loadBuiltinScenario,
  parseReplayText,
  recordGame,
  verifyReplay,
} from '../../src/sim/index';
import { decodeShareFragment, encodeShareFragment, SHARE_PREFIX } from '../../src/store/share';

const campaign = (() => {
  const r = loadBuiltinScenario('khitomer-accords');
  if (!r.ok) throw new Error('the campaign does not load');
  return r.value;
})();
const recorded = (() => {
  const r = recordGame(campaign, {
    seed: 'share-test',
    policies: { federation: 'loyalist', klingon: 'pragmatist' },
  });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.replay;
})();

describe('share links', () => {
  it('round-trip a full campaign: decode(encode(replay)) is the replay made small, and it verifies', async () => {
    const fragment = await encodeShareFragment(recorded);
    expect(fragment.startsWith(SHARE_PREFIX)).toBe(true);
    // A whole campaign (some 450 orders) in a link of at most 8 KB: every browser opens it, and the
    // fragment never goes to a server.
    expect(fragment.length).toBeLessThanOrEqual(8192);
    const decoded = await decodeShareFragment(fragment);
    if (!decoded.ok) throw new Error(decoded.message);
    const parsed = parseReplayText(decoded.text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.value).toEqual(compactForLink(recorded));
    const v = verifyReplay(parsed.value);
    expect(v.ok).toBe(true);
    if (v.ok) expect(v.finalHash).toBe(recorded.turns[recorded.turns.length - 1]?.hash);
  });

  it('keep the hash of every tenth year and of the last', () => {
    const small = compactForLink(recorded);
    const kept = small.turns.filter((t) => t.hash !== null).map((t) => t.year - campaign.firstYear + 1);
    // The game's length is an outcome of the rules (69 years at rules version 13: a collapse).
    const n = recorded.turns.length;
    expect(n).toBeGreaterThan(30);
    const tenths = Array.from({ length: Math.floor(n / 10) }, (_, i) => 10 * (i + 1));
    expect(kept).toEqual(n % 10 === 0 ? tenths : [...tenths, n]);
    expect(small.turns.map((t) => t.orders)).toEqual(recorded.turns.map((t) => t.orders));
  });

  it('still catch a changed year, at the next hash kept', () => {
    const small = structuredClone(compactForLink(recorded));
    const turn = small.turns[12];
    if (!turn) throw new Error('no turn 12');
    turn.orders.federation = [];
    turn.orders.klingon = [];
    const v = verifyReplay(small);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.year).toBeGreaterThanOrEqual(2305);
  });

  it('refuse damaged links with the reason', async () => {
    const fragment = await encodeShareFragment(recorded);
    for (const [bad, words] of [
      ['#nothing', 'no replay'],
      [`${SHARE_PREFIX}***`, 'damaged'],
      [`${SHARE_PREFIX}`, 'damaged'],
      [fragment.slice(0, fragment.length / 2), 'damaged'],
    ] as const) {
      const r = await decodeShareFragment(bad);
      expect(r.ok, bad.slice(0, 20)).toBe(false);
      if (!r.ok) expect(r.message).toContain(words);
    }
  });
});
