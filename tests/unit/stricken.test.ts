// A disaster on the player's own world: the Events tab says what it hangs on (playtest 22 read
// "Nothing is asked of you this year" and lost Starbase 11's output with no word before).
import { describe, expect, it } from 'vitest';
import { strickenLine } from '../../src/game/ui/event-words';
import { addEvents, miniGame, qonosDisaster } from './fixtures';

describe("the Events tab's word on a disaster of one's own", () => {
  it('names the aid the other power is asked for, by when, and the output at stake', () => {
    const g = miniGame((s) => addEvents(s, qonosDisaster({ deadline: 2 })));
    const ob = g.obligations.find((o) => o.kind === 'aid');
    if (ob?.kind !== 'aid') throw new Error('no aid obligation');
    const loss = Math.min(
      g.systems.find((x) => x.id === 'qonos')?.output ?? 0,
      g.rules.lasting.disasterOutputLoss,
    );
    expect(loss).toBeGreaterThan(0);
    expect(strickenLine(g, ob, 'klingon')).toBe(
      `Article IV — Qo'noS is stricken: the Federation is asked for ${ob.need} reserves of aid by the end of ${ob.deadline}; you cannot aid yourself. Should it fall short, Qo'noS loses up to ${loss} output for good, in proportion to what is missing.`,
    );
    // Aid sent is counted; the other power is told nothing by this line (its card asks it to aid).
    const sent = { ...ob, delivered: { federation: 5, klingon: 0 } };
    expect(strickenLine(g, sent, 'klingon')).toContain('by the end of');
    expect(strickenLine(g, sent, 'klingon')).toContain('(5 sent so far)');
    expect(strickenLine(g, ob, 'federation')).toBeNull();
  });
});
