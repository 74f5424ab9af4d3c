/**
 * Order bookkeeping for one list of named siblings (classes, members of a class, enums, items of
 * an enum, tags of an entity).
 *
 * Diff: entities kept from the old list keep their place when they belong to a longest
 * increasing subsequence of old positions taken in new order; the others are reported as moved.
 * Patch: every added or moved entity is inserted directly after the sibling that precedes it in
 * the new list (`after`), in new-list order. Together these rebuild the new order exactly: each
 * inserted entity ends up glued to its new predecessor, and the unmoved ones are already in
 * relative order.
 */

/**
 * Returns the names of kept siblings that must move so the old order becomes the new one.
 * `oldIndex` maps a kept name to its old position; `keptInNewOrder` lists kept names in new order.
 */
export function movedSiblings(keptInNewOrder: readonly string[], oldIndex: ReadonlyMap<string, number>): Set<string> {
  const n = keptInNewOrder.length;
  const positions = keptInNewOrder.map((name) => oldIndex.get(name) ?? -1);
  // Patience sorting for the longest strictly increasing subsequence, with back-links.
  const tailIndex: number[] = [];
  const previous = new Array<number>(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const value = positions[i]!;
    let lo = 0;
    let hi = tailIndex.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (positions[tailIndex[mid]!]! < value) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tailIndex[lo - 1]!;
    tailIndex[lo] = i;
  }
  const stay = new Set<number>();
  for (let i = tailIndex.length > 0 ? tailIndex[tailIndex.length - 1]! : -1; i !== -1; i = previous[i]!) stay.add(i);
  const moved = new Set<string>();
  for (let i = 0; i < n; i++) if (!stay.has(i)) moved.add(keptInNewOrder[i]!);
  return moved;
}

/** Inserts `item` right after the first item named `after` (at the front when `after` is null). */
export function insertAfter<T>(list: T[], item: T, after: string | null, nameOf: (item: T) => string): boolean {
  if (after === null) {
    list.unshift(item);
    return true;
  }
  const at = list.findIndex((candidate) => nameOf(candidate) === after);
  if (at < 0) return false;
  list.splice(at + 1, 0, item);
  return true;
}
