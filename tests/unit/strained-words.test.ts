// The Council's blame for a year the Accords were strained is told of the year past: the status may
// recover later in the same year (step j), and playtest 22 read "The Accords are in trouble" beside
// "Both standings recover: the Accords are fully in force again" in one report.
import { describe, expect, it } from 'vitest';
import { miniGame, turn } from './fixtures';

describe('a strained year that recovers', () => {
  it('blames the government for the year past, and says the Accords recover', () => {
    const g = miniGame();
    g.status = 'strained';
    // Both standings above the line: the year ends with the Accords in force again.
    const { report, state } = turn(g);
    expect(state.status).toBe('in-force');
    const texts = report.changes.map((c) => c.text);
    const blamed = report.changes.filter((c) => c.kind === 'support' && c.cause.rule === 'strained');
    // Neither had a breach of the other's to answer (rules version 26): neither is blamed.
    const words =
      "The Accords were strained this year, until both standings rose to 40 or more: neither government is blamed: the Federation had no breach of the Klingon Empire's seen lately to answer, and the Klingon Empire had no breach of the Federation's seen lately to answer.";
    expect(blamed.map((c) => [c.party, c.delta, c.text])).toEqual([
      ['federation', undefined, words],
      ['klingon', undefined, words],
    ]);
    // One seen the year before asks an answer: the silent governments are blamed.
    const seen = turn(g, { klingon: [{ type: 'embargo' }], federation: [{ type: 'embargo' }] }).state;
    seen.status = 'strained';
    seen.powers.federation.standing = 60;
    seen.powers.klingon.standing = 60;
    const again = turn(seen).report.changes.filter(
      (c) => c.kind === 'support' && c.cause.rule === 'strained',
    );
    expect(again.map((c) => [c.party, c.delta, c.text])).toEqual(
      (['federation', 'klingon'] as const).map((p) => [
        p,
        g.rules.support.strainedPerYear,
        'The Accords were strained this year, until both standings rose to 40 or more: both governments are blamed.',
      ]),
    );
    expect(texts).toContain('Both standings recover: the Accords are fully in force again.');
  });

  it('names whose standing strains them (the loyal side saw no link to the other’s standing)', () => {
    const g = miniGame();
    g.status = 'strained';
    g.powers.klingon.standing = 30;
    const { report } = turn(g);
    const blamed = report.changes.filter((c) => c.kind === 'support' && c.cause.rule === 'strained');
    // As it stands at step i: 30 and the year's clean-year reward.
    expect(blamed.map((c) => [c.party, c.delta, c.text])).toEqual(
      (['federation', 'klingon'] as const).map((p) => [
        p,
        p === 'klingon' ? g.rules.support.strainedPerYear : undefined,
        "The Accords were strained this year (the Klingon Empire's standing is 31, below 40): the Klingon Empire's government is blamed; the Federation had no breach of the Klingon Empire's seen lately to answer and is spared.",
      ]),
    );
  });
});

describe('the year a summit restores the Accords, strained still', () => {
  // Playtest 26 (The Withdrawal, 2372): the player's summit restored the Accords, and the report
  // blamed the government because "The Accords were strained this year", read as blame for the rescue.
  it('says they were restored this year and are strained still', () => {
    const g = miniGame();
    g.status = 'suspended';
    g.everSuspended = true;
    g.powers.federation.standing = 30;
    g.powers.klingon.standing = 28;
    const { report, state } = turn(g, { federation: [{ type: 'summit' }], klingon: [{ type: 'summit' }] });
    expect(state.status).toBe('strained');
    expect(report.changes.map((c) => c.text)).toContain('The summit restores the Accords.');
    const blamed = report.changes.filter((c) => c.kind === 'support' && c.cause.rule === 'strained');
    expect(blamed).toHaveLength(2);
    for (const c of blamed)
      expect(c.text).toMatch(
        /^The Accords, restored this year, are strained still \(the Federation's standing is \d+ and the Klingon Empire's standing is \d+, below 40\): both governments are blamed\.$/,
      );
  });
});
