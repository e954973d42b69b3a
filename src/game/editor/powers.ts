// The powers a modder places with the Fleet and Owner tools, chosen from the bar's list: the two
// parties and the scenario's third powers, one of each (a third power whose id is empty, or given
// twice, or a party's, is not one to place until it is mended), and "no owner" (null).
import { getAt, type Json, powersOf } from '../../editor/index';

export function placeablePowers(doc: Json): { id: string; name: string }[] {
  const seen = new Set<string>();
  return powersOf(doc).filter((p) => {
    const fresh = p.id.trim() !== '' && !seen.has(p.id);
    seen.add(p.id);
    return fresh;
  });
}

/** Whether `power` may be placed in the scenario as it is now (null: no owner, always). */
export function mayPlace(doc: Json, power: string | null): boolean {
  return power === null || placeablePowers(doc).some((p) => p.id === power);
}

/** The id of each of the scenario's third powers by its place in the list (null where it has none). */
export function thirdPowerIds(doc: Json): (string | null)[] {
  const list = getAt(doc, ['thirdPowers']);
  return Array.isArray(list)
    ? list.map((t) =>
        t !== null && typeof t === 'object' && !Array.isArray(t) && typeof t.id === 'string' ? t.id : null,
      )
    : [];
}

/**
 * The power chosen, kept in step with the scenario: as it is while the scenario has it; a third
 * power whose id alone was changed (the list as long as before, the others as they were) followed
 * to its new id;
 * otherwise, gone (removed, or its id emptied), the Federation.
 */
export function powerKept(
  doc: Json,
  power: string | null,
  idsBefore: readonly (string | null)[],
): string | null {
  if (mayPlace(doc, power)) return power;
  const ids = thirdPowerIds(doc);
  const at = idsBefore.indexOf(power);
  // Only its id changed: the list as long, every other id as it was.
  const one =
    at >= 0 && ids.length === idsBefore.length && ids.every((id, i) => i === at || id === idsBefore[i]);
  const renamed = one ? (ids[at] ?? null) : null;
  return renamed !== null && !idsBefore.includes(renamed) && mayPlace(doc, renamed) ? renamed : 'federation';
}
