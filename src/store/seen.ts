// The game as the side at the screen has seen it (src/sim/visibility.ts), made once per state and
// report and side: the screens compare states by reference to know when to redraw.
import {
  type GameState,
  otherParty,
  type Party,
  reportSeenBy,
  stateSeenBy,
  type TurnReport,
} from '../sim/index';
import type { Game, Session } from './types';

function memo<T extends object>(make: (x: T, party: Party) => T): (x: T, party: Party) => T {
  const cache = new WeakMap<T, Partial<Record<Party, T>>>();
  return (x, party) => {
    let entry = cache.get(x);
    if (!entry) {
      entry = {};
      cache.set(x, entry);
    }
    const hit = entry[party];
    if (hit) return hit;
    const made = make(x, party);
    entry[party] = made;
    return made;
  };
}

const seenState = memo<GameState>(stateSeenBy);
const seenReport = memo<TurnReport>(reportSeenBy);
const seenReports = new WeakMap<TurnReport[], Partial<Record<Party, TurnReport[]>>>();

/** The session the side at the screen may see: its own orders, and what its side has seen; not the replay. */
export function sessionSeen(g: Game): Session {
  const party = g.active;
  const other = otherParty(party);
  let lists = seenReports.get(g.reports);
  if (!lists) {
    lists = {};
    seenReports.set(g.reports, lists);
  }
  const reports = lists[party] ?? g.reports.map((r) => seenReport(r, party));
  lists[party] = reports;
  const { recording: _replay, ...shown } = g;
  return {
    ...shown,
    state: seenState(g.state, party),
    lastReport: g.lastReport ? seenReport(g.lastReport, party) : null,
    reports,
    queued: { [party]: g.queued[party], [other]: [] } as Session['queued'],
  };
}
