// What the Events tab asks about a world, said on the world's own panel too: playtest 42 read
// "Nothing to order here this year." on Sherman's Planet in the year a ruling asked it to hand the
// world over, and on the Events tab only.
import { type GameState, otherParty, type Party, powerName } from '../../sim/index';
import { obligationTitle } from './event-words';
import { PARTY_NAMES, PARTY_TITLES, sentence } from './names';
import { raidWhen } from './raid-words';

/** Each claim, open ruling and named raid on the world `id`, in a sentence that sends to the Events tab. */
export function worldMatters(s: GameState, party: Party, id: string): string[] {
  const name = s.systems.find((x) => x.id === id)?.name ?? id;
  const out: string[] = [];
  for (const c of s.claims) {
    if (c.kind !== 'territory' || c.system !== id || c.claimant === null) continue;
    const who = c.claimant === party ? 'Your claim' : `${PARTY_TITLES[c.claimant]}'s claim`;
    const to = c.claimant === party ? 'you' : PARTY_NAMES[c.claimant];
    out.push(
      `${who} on ${name} stands (since ${c.since}): the arbiters may award it to ${to}. Its card is on the Events tab.`,
    );
  }
  for (const ob of s.obligations)
    if (
      ob.kind === 'ruling' &&
      ob.system === id &&
      !ob.accepted &&
      (ob.debtor === party || ob.winner === party)
    )
      out.push(
        `${obligationTitle(s, ob, party)} ${ob.debtor === party ? 'Your answer is on the Events tab.' : `The choice is ${PARTY_NAMES[otherParty(party)]}'s.`}`,
      );
  for (const w of s.wars)
    if (w.target === id && w.victim === party && w.strength > 0 && s.year <= w.until)
      out.push(
        `${sentence(powerName(s, w.thirdPower))} strikes ${name} ${raidWhen(w, s.year)}: its card, with the moves that defend it, is on the Events tab.`,
      );
  return out;
}
