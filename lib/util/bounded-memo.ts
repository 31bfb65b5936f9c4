// A memo of a pure function's answers, bounded: past `limit` entries the oldest goes. Readings of texts
// (résumés, jobs, words) recur across requests; their answers are immutable, so callers may share them.

export function boundedMemo<I, V, K = I>(
  limit: number,
  compute: (input: I) => V,
  /** What identifies an input (by default the input itself, for strings and numbers). */
  keyOf: (input: I) => K = (input) => input as unknown as K,
): (input: I) => V {
  const answers = new Map<K, V>();
  return (input) => {
    const key = keyOf(input);
    let answer = answers.get(key);
    if (answer === undefined) {
      answer = compute(input);
      if (answers.size >= limit) answers.delete(answers.keys().next().value!);
      answers.set(key, answer);
    }
    return answer;
  };
}
