// A line diff with Myers' O((N+M)·D) algorithm ("An O(ND) Difference Algorithm and Its Variations",
// 1986): the shortest edit script, so the unchanged lines are a longest common subsequence. Common
// leading and trailing lines are trimmed first, which keeps the usual small edit of a long prompt cheap.
// Pure: the diff view renders its output in the browser.

export interface DiffLine {
  kind: "equal" | "add" | "remove";
  text: string;
  /** 1-based line in the old text (null for added lines). */
  oldLine: number | null;
  /** 1-based line in the new text (null for removed lines). */
  newLine: number | null;
}

type Op = "equal" | "add" | "remove";

/** The edit script turning `a` into `b`, as operations in order. */
function myers(a: readonly string[], b: readonly string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  if (max === 0) return [];
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (v[offset + k - 1] as number) < (v[offset + k + 1] as number));
      let x = down ? (v[offset + k + 1] as number) : (v[offset + k - 1] as number) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, n, m, offset);
    }
  }
  throw new Error("unreachable: Myers always ends within n + m steps");
}

function backtrack(trace: Int32Array[], n: number, m: number, offset: number): Op[] {
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const v = trace[d] as Int32Array;
    const k = x - y;
    const down = k === -d || (k !== d && (v[offset + k - 1] as number) < (v[offset + k + 1] as number));
    const prevK = down ? k + 1 : k - 1;
    const prevX = v[offset + prevK] as number;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push("equal");
      x--;
      y--;
    }
    if (d > 0) ops.push(x === prevX ? "add" : "remove");
    x = prevX;
    y = prevY;
  }
  return ops.reverse();
}

export function diffLines(a: readonly string[], b: readonly string[]): DiffLine[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const ops: Op[] = [
    ...Array<Op>(start).fill("equal"),
    ...myers(a.slice(start, endA), b.slice(start, endB)),
    ...Array<Op>(a.length - endA).fill("equal"),
  ];
  const lines: DiffLine[] = [];
  let i = 0;
  let j = 0;
  for (const op of ops) {
    if (op === "equal") lines.push({ kind: "equal", text: a[i] as string, oldLine: ++i, newLine: ++j });
    else if (op === "remove") lines.push({ kind: "remove", text: a[i] as string, oldLine: ++i, newLine: null });
    else lines.push({ kind: "add", text: b[j] as string, oldLine: null, newLine: ++j });
  }
  return lines;
}

export function splitLines(text: string): string[] {
  return text === "" ? [] : text.replace(/\r\n?/g, "\n").split("\n");
}
