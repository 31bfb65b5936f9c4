// Text PostgreSQL refuses: NUL in any text or JSON value, and UTF-16 surrogates without their pair in jsonb
// (pg encodes them as U+FFFD elsewhere, silently changing what was sent). Either is the caller's error.
import { isNumberArray } from "./number-array";

// eslint-disable-next-line no-control-regex -- finding NUL is the point
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const UNSTORABLE_ALL = new RegExp(UNSTORABLE.source, "g");

export const UNSTORABLE_TEXT_MESSAGE = "contains a NUL character or an unpaired UTF-16 surrogate";

export function isStorableText(text: string): boolean {
  return !UNSTORABLE.test(text);
}

/** The text with every NUL and unpaired surrogate replaced by U+FFFD, for logs and diagnostics. */
export function storableText(text: string): string {
  return text.replace(UNSTORABLE_ALL, "\ufffd");
}

/** How a value nests and whether every string in it (keys included) can be stored, walked without recursion. */
export interface JsonInspection {
  depth: number;
  /** Path of the first string or key PostgreSQL cannot store; null when all can. */
  unstorableAt: (string | number)[] | null;
}

interface Node {
  value: object;
  key: string | number;
  parent: Node | null;
  depth: number;
}

function pathOf(node: Node | null, last: string | number): (string | number)[] {
  const path = [last];
  for (let at = node; at?.parent; at = at.parent) path.unshift(at.key);
  return path;
}

export function inspectJson(value: unknown, maxDepth = Infinity): JsonInspection {
  if (typeof value === "string") return { depth: 0, unstorableAt: isStorableText(value) ? null : [] };
  if (value === null || typeof value !== "object") return { depth: 0, unstorableAt: null };
  const stack: Node[] = [{ value, key: "", parent: null, depth: 1 }];
  let depth = 0;
  while (stack.length > 0) {
    const node = stack.pop()!;
    depth = Math.max(depth, node.depth);
    if (depth > maxDepth) return { depth, unstorableAt: null };
    // Only containers go on the stack; strings are checked where they stand (a batch holds many vectors).
    const visit = (key: string | number, child: unknown): (string | number)[] | null => {
      if (typeof key === "string" && !isStorableText(key)) return pathOf(node, key);
      if (typeof child === "string") return isStorableText(child) ? null : pathOf(node, key);
      if (child !== null && typeof child === "object") {
        stack.push({ value: child, key, parent: node, depth: node.depth + 1 });
      }
      return null;
    };
    if (Array.isArray(node.value)) {
      if (isNumberArray(node.value)) continue; // a vector: nothing to check, and read by no loop (number-array.ts)
      for (let index = 0; index < node.value.length; index++) {
        const found = visit(index, node.value[index]);
        if (found) return { depth, unstorableAt: found };
      }
    } else {
      for (const key in node.value) {
        const found = visit(key, (node.value as Record<string, unknown>)[key]);
        if (found) return { depth, unstorableAt: found };
      }
    }
  }
  return { depth, unstorableAt: null };
}
