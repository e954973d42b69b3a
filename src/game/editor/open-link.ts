// A scenario link (#scenario=…) opens the scenario in the editor: read within its bounds, parsed as
// a file is, and opened even with problems (they are listed there, located) if it is a JSON object.
import { isObject, type Json } from '../../editor/json';
import { parseScenarioText } from '../../sim/index';
import type { GameStore } from '../../store/store';
import { decodeScenarioFragment, SCENARIO_PREFIX, sendToEditor } from './share-link';

/** True if the address was a scenario link (opened, or refused with a notice). */
export async function openScenarioLink(store: GameStore, hash: string): Promise<boolean> {
  if (!hash.startsWith(SCENARIO_PREFIX)) return false;
  const decoded = await decodeScenarioFragment(hash);
  if (!decoded.ok) {
    store.notify('error', decoded.message);
    return true;
  }
  const r = parseScenarioText(decoded.text);
  let raw: unknown;
  try {
    raw = JSON.parse(decoded.text);
  } catch {
    raw = undefined;
  }
  if (!isObject(raw)) {
    const first = r.ok ? '' : (r.error[0]?.message ?? '');
    store.notify('error', `The scenario link holds no scenario: ${first}`);
    return true;
  }
  sendToEditor(raw as Json, 'open a shared scenario');
  store.goTo('editor');
  return true;
}
