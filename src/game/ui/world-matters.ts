// What the Events tab asks about a world, said on the world's own panel too: playtest 42 read
// "Nothing to order here this year." on Sherman's Planet in the year a ruling asked it to hand the
// world over, and on the Events tab only. Each line reads the facts its card reads.
import { claimUnheard, type GameState, otherParty, type Party, powerName } from '../../sim/index';
import { defences } from './defence';
import { obligationTitle } from './event-words';
import { PARTY_NAMES, PARTY_TITLES, sentence } from './names';
import { raidWhen } from './raid-words';

/** Each claim, open ruling and raid card on the world `id`, in a sentence that sends to the Events tab. */
export function worldMatters(s: GameState, party: Party, id: string): string[] {
  const world = s.systems.find((x) => x.id === id);
  if (!world) return [];
  const out: string[] = [];
  for (const c of s.claims) {
    if (c.kind !== 'territory' || c.system !== id || c.claimant === null) continue;
    const who = c.claimant === party ? 'Your claim' : `${PARTY_TITLES[c.claimant]}'s claim`;
    const to = c.claimant === party ? 'you' : PARTY_NAMES[c.claimant];
    const unheard = claimUnheard(s, world);
    out.push(
      `${who} on ${world.name} stands (since ${c.since})${unheard === '' ? `: the arbiters may award it to ${to}.` : `.${unheard}`} Its card is on the Events tab.`,
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
  // The raid cards the Events tab draws (defence.ts), not every war that names the world.
  for (const d of defences(s, party, []))
    if (d.world.id === id)
      for (const w of d.wars)
        out.push(
          `${sentence(powerName(s, w.thirdPower))} strikes ${world.name} ${raidWhen(w, s.year, s.lastYear)}: its card, with the moves that defend it, is on the Events tab.`,
        );
  return out;
}
