// The aid a disaster's card offers: only amounts that do something (the playtest was offered aid
// beyond any use), and what aid beyond the need buys, said on the card. By the rules (RULES.md,
// Article IV) aid short of the need lessens the world's scar and wins the Council's approval, the need
// in full keeps the article, and aid reaching `aidGenerousPercent` of the need is generous: more
// standing and goodwill, output for good. Past that, aid earns nothing more.
import {
  type GameState,
  generousAid,
  type Obligation,
  type Order,
  type Party,
  rewardWords,
  type War,
} from '../../sim/index';

type AidObligation = Extract<Obligation, { kind: 'aid' }>;

/** What `party` has given to `ob` and queued for it this year. */
export function given(ob: AidObligation, party: Party, queued: readonly Order[]): number {
  let n = ob.delivered[party];
  for (const o of queued) if (o.type === 'aid' && o.target === ob.id) n += o.amount;
  return n;
}

/** The aid that counts as generous, in all (0: generous aid earns nothing in these rules). */
function generousAt(s: GameState, ob: AidObligation): number {
  const pays = s.rules.rewards.aidGenerous > 0 || s.rules.lasting.goodwillOutput > 0;
  return pays ? generousAid(s.rules, ob.need) : 0;
}

/**
 * `choices` with the aid to each disaster replaced by the useful amounts, counted from what is given
 * and queued: half the rest of the need, the rest of it, and what makes the aid generous.
 */
export function usefulAid(
  s: GameState,
  party: Party,
  queued: readonly Order[],
  choices: readonly Order[],
): Order[] {
  const out: Order[] = [];
  const done = new Set<string>();
  for (const o of choices) {
    const ob = o.type === 'aid' ? aidObligation(s, o.target) : undefined;
    if (!ob) {
      out.push(o);
      continue;
    }
    if (done.has(ob.id)) continue;
    done.add(ob.id);
    const has = given(ob, party, queued);
    const rest = ob.need - has;
    const amounts = new Set<number>();
    if (rest >= 2) amounts.add(Math.ceil(rest / 2));
    if (rest > 0) amounts.add(rest);
    const generous = generousAt(s, ob) - has;
    if (generous > Math.max(rest, 0)) amounts.add(generous);
    for (const amount of [...amounts].sort((a, b) => a - b)) out.push({ type: 'aid', target: ob.id, amount });
  }
  return out;
}

function aidObligation(s: GameState, id: string): AidObligation | undefined {
  const ob = s.obligations.find((x) => x.id === id);
  return ob?.kind === 'aid' ? ob : undefined;
}

/**
 * The state an aid order's words are told from: the aid queued for `ob` counted as given, so that
 * "(14 of 14: the need in full)" counts what is on its way already.
 */
export function aidView(s: GameState, party: Party, queued: readonly Order[], ob: AidObligation): GameState {
  const has = given(ob, party, queued);
  if (has === ob.delivered[party]) return s;
  const counted: AidObligation = { ...ob, delivered: { ...ob.delivered, [party]: has } };
  return { ...s, obligations: s.obligations.map((x) => (x === ob ? counted : x)) };
}

/**
 * The state the aid orders against a war are told from: an aid of `rewards.warAidMinimum` or more
 * queued for it counts as standing with its victim already, as article-iii.ts rewards one a war
 * (the playtest's second aid to the same war paid nothing).
 */
export function warAidView(s: GameState, party: Party, queued: readonly Order[], war: War): GameState {
  const min = s.rules.rewards.warAidMinimum;
  const stood = queued.some((o) => o.type === 'aid' && o.target === war.id && o.amount >= min);
  if (!stood || war.aidedBy.includes(party)) return s;
  const counted: War = { ...war, aidedBy: [...war.aidedBy, party] };
  return { ...s, wars: s.wars.map((w) => (w === war ? counted : w)) };
}

/** What aid beyond the need buys, for the card; null when generous aid earns nothing here. */
export function generousLine(
  s: GameState,
  party: Party,
  queued: readonly Order[],
  ob: AidObligation,
): string | null {
  const at = generousAt(s, ob);
  if (at <= 0) return null;
  if (given(ob, party, queued) >= at)
    return `Your aid is generous already (${at} or more): more earns nothing.`;
  const r = s.rules;
  // As the deadline pays it at this standing (the playtest read "2 standing more" and was paid 1).
  const more = rewardWords(s, party, 'IV/aid-generous', r.rewards.aidGenerous, true);
  const gains = [
    r.rewards.aidGenerous > 0 ? (more.startsWith('adds') ? `which ${more}` : more) : '',
    r.lasting.goodwillOutput > 0
      ? `goodwill: your least developed world gains ${r.lasting.goodwillOutput} output for good`
      : '',
  ].filter(Boolean);
  return `More than the need has a use: ${at} in all (${r.rewards.aidGenerousPercent}% of the need) is generous aid, ${gains.join(', and ')}. Beyond ${at}, aid earns nothing more.`;
}
