// A trie over tokens, built once and then kept in flat arrays: a Map and an object per node (about
// 100,000 nodes for the skill names, most with one child or none) took 30 MB of heap; flat, a few. The
// first level, which every token of a text is looked up in, stays a Map; below it a node's few children
// are scanned (or, when many, searched) in sorted order. Each distinct token is kept once.

export const ROOT = 0;
/** No such node. */
export const NONE = -1;

/** Children scanned one by one up to this many; searched by halves beyond. */
const SCANNED = 8;

/** Where `token` stands in sorted[from, to), or NONE. */
export function sortedIndexOf(sorted: readonly string[], token: string, from = 0, to = sorted.length): number {
  let low = from;
  let high = to;
  while (high - low > SCANNED) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < token) low = middle + 1;
    else high = middle + 1;
  }
  for (; low < high; low++) if (sorted[low] === token) return low;
  return NONE;
}

export class TokenTrie<V> {
  constructor(
    private readonly firstLevel: ReadonlyMap<string, number>,
    /** The children of node n: childTokens and childNodes from childStart[n] up to childStart[n + 1], by token. */
    private readonly childStart: Int32Array,
    private readonly childTokens: readonly string[],
    private readonly childNodes: Int32Array,
    private readonly values: readonly (V | undefined)[],
  ) {}

  /** The node `token` leads to from `node`, or NONE. */
  child(node: number, token: string): number {
    if (node === ROOT) return this.firstLevel.get(token) ?? NONE;
    const at = sortedIndexOf(this.childTokens, token, this.childStart[node]!, this.childStart[node + 1]!);
    return at === NONE ? NONE : this.childNodes[at]!;
  }

  /** What was set on a node. */
  value(node: number): V | undefined {
    return this.values[node];
  }
}

export class TokenTrieBuilder<V> {
  private readonly children: (Map<string, number> | undefined)[] = [undefined];
  private readonly values: (V | undefined)[] = [undefined];
  private readonly tokens = new Map<string, string>();

  /** The node of a sequence of tokens, made (with the nodes before it) if new. */
  node(tokens: readonly string[]): number {
    let node = ROOT;
    for (const token of tokens) {
      const children = (this.children[node] ??= new Map());
      let next = children.get(token);
      if (next === undefined) {
        next = this.children.length;
        this.children.push(undefined);
        this.values.push(undefined);
        children.set(this.interned(token), next);
      }
      node = next;
    }
    return node;
  }

  value(node: number): V | undefined {
    return this.values[node];
  }

  set(node: number, value: V): void {
    this.values[node] = value;
  }

  /** The trie as lookups read it, holding the values set (the same objects). */
  build(): TokenTrie<V> {
    const size = this.children.length;
    const childStart = new Int32Array(size + 1);
    const childTokens: string[] = [];
    const childNodes: number[] = [];
    for (let node = 1; node < size; node++) {
      childStart[node] = childTokens.length;
      const children = [...(this.children[node] ?? [])].sort(([one], [other]) => (one < other ? -1 : 1));
      for (const [token, child] of children) {
        childTokens.push(token);
        childNodes.push(child);
      }
    }
    childStart[size] = childTokens.length;
    // Arrays grown by push keep room to grow: copied, they hold only what they hold.
    return new TokenTrie(
      new Map(this.children[ROOT]),
      childStart,
      childTokens.slice(),
      Int32Array.from(childNodes),
      this.values.slice(),
    );
  }

  /** The token as the trie keeps it: each distinct token once. */
  interned(token: string): string {
    let kept = this.tokens.get(token);
    if (kept === undefined) this.tokens.set(token, (kept = token));
    return kept;
  }
}
