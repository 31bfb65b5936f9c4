// Which combinations of weighted keys reach a sum: the least sets of keys, by index, whose weights add up to
// at least a deficit. Retrieval turns them into an index condition (retrieve-candidates.ts): a row whose
// heaviest keys make up what its lighter keys leave short of θ holds every key of one such set.

/**
 * The least sets (each by index, ascending) of `weights` — sorted heaviest first, all positive — whose sum is
 * at least `deficit`; null when there are more than `most`. A set with any key left out falls short.
 */
export function reachingSets(weights: readonly number[], deficit: number, most: number): number[][] | null {
  if (deficit <= 0) return [[]];
  // What all the keys from an index on add up to: a branch that cannot reach the deficit is not followed.
  const rest = weights.reduceRight<number[]>((sums, weight) => [weight + (sums[0] ?? 0), ...sums], []);
  const sets: number[][] = [];
  const chosen: number[] = [];
  const visit = (from: number, sum: number): boolean => {
    for (let index = from; index < weights.length && sum + rest[index]! >= deficit; index++) {
      chosen.push(index);
      // Reached with the lightest key chosen last, the set is least: dropping any key costs at least as much.
      if (sum + weights[index]! >= deficit) {
        sets.push([...chosen]);
        if (sets.length > most) return false;
      } else if (!visit(index + 1, sum + weights[index]!)) return false;
      chosen.pop();
    }
    return true;
  };
  return visit(0, 0) ? sets : null;
}
