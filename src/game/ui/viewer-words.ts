// The replay viewer's words about the replay itself: whose purse its HUD shows, and what its
// verification checked (a share link carries fewer hashes than the file, and says why).
import { compactForLink, hashesCompared, PARTY_NAMES, type Party, type Replay } from '../../sim/index';

/**
 * The side whose support, score and reserves the viewer's HUD shows: the side a person played (the
 * one taken over, in a take-over's replay). With people on both sides or on neither, the Federation,
 * and `note` says so (playtest 23 watched its Klingon game under the Federation's purse).
 */
export function viewerSide(replay: Pick<Replay, 'players' | 'branch'>): { side: Party; note: string | null } {
  if (replay.branch) return { side: replay.branch.side, note: null };
  const fed = replay.players.federation === 'human';
  const kli = replay.players.klingon === 'human';
  if (fed !== kli) return { side: fed ? 'federation' : 'klingon', note: null };
  const who = fed ? 'people on both sides (hot seat)' : 'the computer on both sides';
  return { side: 'federation', note: `Played by ${who}: the HUD shows ${PARTY_NAMES.federation}’s purse.` };
}

/** Whether the replay's hashes are those a share link keeps (compactForLink), some left out. */
function linkShaped(replay: Replay): boolean {
  const kept = compactForLink(replay).turns;
  return (
    replay.turns.some((t) => t.hash == null) &&
    replay.turns.every((t, i) => (t.hash == null) === (kept[i]?.hash == null))
  );
}

/**
 * What the verification checked, in words. A link keeps every tenth year's hash and the last (to stay
 * short), so "4 state hashes" where the file said 31: the words say why, lest a sharer think the link
 * weaker than it is (every year is still re-simulated).
 */
export function verifiedWords(replay: Replay, years: number, diverges: boolean): string {
  const hashes = hashesCompared(replay, years);
  const y = `${years} year${years === 1 ? '' : 's'}`;
  const h = `${hashes} state hash${hashes === 1 ? '' : 'es'} checked`;
  const why =
    hashes < years && linkShaped(replay)
      ? 'a share link carries the hash of every tenth year and the last, to stay short; the replay file, every year’s'
      : null;
  return diverges
    ? `${y} played as recorded (${h}${why ? `; ${why}` : ''}) before it diverges.`
    : `Verified: ${y} re-simulated, ${h}${why ? ` (${why})` : ''}.`;
}
