// A trade pact's offer standing is said where a player looks: the order's words say whose offer
// stands and what proposing does (playtest 27 read the other's offer only in a report line), and a
// trader's offer says in whose name it stands (a pact was signed "with no order of mine").
import { describe, expect, it } from 'vitest';
import { orderEffect } from '../../src/sim/index';
import { addEvents, miniGame, turn } from './fixtures';

const pact = { type: 'trade-pact' } as const;

describe("a trade pact's offer, standing", () => {
  it('of the other: the row says proposing signs it, and it does', () => {
    const g = miniGame();
    g.pactProposal = { by: 'klingon', year: g.year - 1 };
    expect(orderEffect(g, 'federation', pact)).toMatch(
      new RegExp(
        `^The Klingon Empire's offer of ${g.year - 1} stands: proposing yours signs the pact this year: \\+\\d+% income`,
      ),
    );
    expect(turn(g, { federation: [pact] }).state.tradePact).toBe(true);
  });

  it('of one’s own: the row says until when it stands, and that proposing renews it', () => {
    const g = miniGame();
    g.pactProposal = { by: 'federation', year: g.year - 1 };
    expect(orderEffect(g, 'federation', pact)).toContain(
      `Your offer of ${g.year - 1} stands to the end of ${g.year}; proposing again renews it, and a pact is signed if the other power proposes one this year or next`,
    );
    const after = turn(g, { federation: [pact] }).state;
    expect(after.tradePact).toBe(false);
    expect(after.pactProposal).toEqual({ by: 'federation', year: g.year });
  });

  it('of none, or one too old: a pact is signed if the other proposes one this year or next', () => {
    const g = miniGame();
    expect(orderEffect(g, 'federation', pact)).toMatch(
      /^A pact is signed if the other power proposes one this year or next \(otherwise your offer stands to the end of next year\)/,
    );
    g.pactProposal = { by: 'klingon', year: g.year - 2 };
    expect(orderEffect(g, 'federation', pact)).toMatch(/^A pact is signed if the other power/);
  });
});

describe('an embargo and the pact talks', () => {
  const embargo = { type: 'embargo' } as const;
  const said = (r: ReturnType<typeof turn>) =>
    r.report.changes.filter((c) => c.kind === 'pact').map((c) => [c.party, c.text]);

  it('voids an offer standing, and the report says so (playtest 35: it vanished without a word)', () => {
    const g = miniGame();
    g.pactProposal = { by: 'federation', year: g.year - 1 };
    const r = turn(g, { klingon: [embargo] });
    expect(r.state.pactProposal).toBeNull();
    expect(said(r)).toEqual([
      [
        'federation',
        `The Federation's offer of a trade pact (${g.year - 1}) is void under the Klingon Empire's embargo.`,
      ],
    ]);
  });

  it('leaves a proposal of the same year standing as no offer, and says so', () => {
    const r = turn(miniGame(), { federation: [pact], klingon: [embargo] });
    expect(r.state.pactProposal).toBeNull();
    expect(r.state.tradePact).toBe(false);
    expect(said(r)).toEqual([
      [
        'federation',
        "The Federation proposes a trade pact, and nothing comes of it under the Klingon Empire's embargo: no offer stands.",
      ],
    ]);
  });
});

describe("a trader's offer of a pact", () => {
  it('says in whose name it stands, and who signs it by proposing', () => {
    const g = miniGame((s) => addEvents(s, { year: 2300, type: 'trade', kind: 'pact-offer' }));
    const by = g.pactProposal?.by;
    if (!by) throw new Error('no offer');
    const [name, other] =
      by === 'federation'
        ? ['the Federation', 'the Klingon Empire']
        : ['the Klingon Empire', 'the Federation'];
    const card = g.events.find((e) => e.type === 'trade');
    expect(card?.text).toMatch(
      new RegExp(
        ` The offer stands in the name of ${name}: a pact is signed if ${other} proposes one this year or next\\.$`,
      ),
    );
  });
});
