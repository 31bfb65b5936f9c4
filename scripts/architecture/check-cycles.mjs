// Checks that the folders of lib/ form no import cycle, that each one has a layer in layers.mjs, and that
// no relative import leaves its folder (ESLint's layer rules match `@/lib/<folder>` paths).
// Prints the folder graph (who imports whom) so the direction can be read at a glance.
// Usage: node scripts/architecture/check-cycles.mjs
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { LAYER_OF } from "./layers.mjs";

const lib = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../../lib");
const IMPORT = /(?:^|\s)(?:import|export)\s[^'"]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;
const nodeOf = (entry) => entry.replace(/\.tsx?$/, "");

function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "generated" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

function targetFolder(specifier, file) {
  const absolute = specifier.startsWith("@/lib/")
    ? path.join(lib, specifier.slice("@/lib/".length))
    : specifier.startsWith(".")
      ? path.resolve(path.dirname(file), specifier)
      : null;
  if (!absolute || !absolute.startsWith(lib + path.sep)) return null;
  return nodeOf(path.relative(lib, absolute).split(path.sep)[0]);
}

const escapes = [];
const entries = readdirSync(lib).filter((name) => !/\.test\.tsx?$/.test(name));
const unknown = entries.map(nodeOf).filter((node) => !(node in LAYER_OF));
const edges = new Map(entries.map((entry) => [nodeOf(entry), new Set()]));
for (const entry of entries) {
  const from = nodeOf(entry);
  const full = path.join(lib, entry);
  const files = statSync(full).isDirectory() ? sourceFiles(full) : [full];
  for (const file of files) {
    for (const match of readFileSync(file, "utf8").matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2];
      const to = targetFolder(specifier, file);
      if (to && to !== from) edges.get(from).add(to);
      // A relative path out of the folder would slip past ESLint's `@/lib/<folder>` import rules.
      if (to && to !== from && specifier.startsWith("."))
        escapes.push(`${path.relative(lib, file)} imports ${specifier}`);
    }
  }
}

// Tarjan's strongly connected components: any component of two or more folders is a cycle.
const index = new Map();
const low = new Map();
const stack = [];
const onStack = new Set();
const cycles = [];
let counter = 0;
function visit(node) {
  index.set(node, counter);
  low.set(node, counter++);
  stack.push(node);
  onStack.add(node);
  for (const next of edges.get(node) ?? []) {
    if (!index.has(next)) {
      visit(next);
      low.set(node, Math.min(low.get(node), low.get(next)));
    } else if (onStack.has(next)) low.set(node, Math.min(low.get(node), index.get(next)));
  }
  if (low.get(node) !== index.get(node)) return;
  const component = [];
  let member;
  do {
    member = stack.pop();
    onStack.delete(member);
    component.push(member);
  } while (member !== node);
  if (component.length > 1) cycles.push(component.sort());
}
for (const node of edges.keys()) if (!index.has(node)) visit(node);

const byLayer = [...edges.keys()].sort((a, b) => (LAYER_OF[a] ?? 9) - (LAYER_OF[b] ?? 9) || a.localeCompare(b));
for (const node of byLayer) {
  const targets = [...edges.get(node)].sort();
  console.log(`${`[${LAYER_OF[node] ?? "?"}] ${node}`.padEnd(24)} → ${targets.join(", ") || "—"}`);
}
for (const node of unknown) console.error(`lib/${node} has no layer: add it to scripts/architecture/layers.mjs`);
for (const escape of escapes) console.error(`Relative import out of its folder (use @/lib/…): lib/${escape}`);
for (const cycle of cycles) console.error(`Import cycle between folders of lib/: ${cycle.join(" ↔ ")}`);
if (unknown.length > 0 || cycles.length > 0 || escapes.length > 0) process.exit(1);
console.log(`\n${edges.size} folders of lib/, no import cycle between them.`);
