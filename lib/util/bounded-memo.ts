// A memo of a pure function's answers, bounded: past `limit` entries the oldest goes. Readings of texts
// (résumés, jobs, words) recur across requests; their answers are immutable, so callers may share them.
// The keys are also kept in a ring, oldest first: a Map finds its first key by skipping the holes its
// deletions left, 25 µs an eviction at 50,000 entries (a full memo of terms, which a large pool's new names,
// places and employers fill, would pay that for each new word); the ring names the oldest at once.

export function boundedMemo<I, V, K = I>(
  limit: number,
  compute: (input: I) => V,
  /** What identifies an input (by default the input itself, for strings and numbers). */
  keyOf: (input: I) => K = (input) => input as unknown as K,
): (input: I) => V {
  const answers = new Map<K, V>();
  const order: K[] = [];
  let oldest = 0;
  return (input) => {
    const key = keyOf(input);
    let answer = answers.get(key);
    if (answer === undefined) {
      answer = compute(input);
      if (order.length < limit) order.push(key);
      else {
        answers.delete(order[oldest]!);
        order[oldest] = key;
        oldest = (oldest + 1) % limit;
      }
      answers.set(key, answer);
    }
    return answer;
  };
}
