import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";

// package.json's engines and the README state the Node.js versions every installed package accepts, so
// `npm install` on them prints no EBADENGINE warning and nothing runs on a version it does not support.

const semver = createRequire(import.meta.url)("semver") as {
  subset(range: string, superset: string): boolean;
  minVersion(range: string): { major: number; minor: number } | null;
};

const root = process.cwd();
const engines = (JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { engines: { node: string } })
  .engines.node;

/** `name@version` → engines.node of every package under node_modules, nested ones included. */
function declaredEngines(dir = path.join(root, "node_modules"), found = new Map<string, string>()) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith(".")) continue;
    const folder = path.join(dir, entry.name);
    if (entry.name.startsWith("@")) {
      declaredEngines(folder, found);
      continue;
    }
    const manifest = path.join(folder, "package.json");
    if (fs.existsSync(manifest)) {
      const pkg = JSON.parse(fs.readFileSync(manifest, "utf8")) as {
        name?: string;
        version?: string;
        engines?: { node?: string };
      };
      if (pkg.name && typeof pkg.engines?.node === "string") found.set(`${pkg.name}@${pkg.version}`, pkg.engines.node);
    }
    if (fs.existsSync(path.join(folder, "node_modules"))) declaredEngines(path.join(folder, "node_modules"), found);
  }
  return found;
}

describe("Node.js version", () => {
  it("every Node.js version package.json accepts is one every installed package accepts", () => {
    const declared = declaredEngines();
    expect(declared.size).toBeGreaterThan(50);
    const refused = [...declared].filter(([, range]) => !semver.subset(engines, range));
    expect(refused.map(([name, range]) => `${name} needs ${range}`)).toEqual([]);
  });

  it("the README names the same minimum", () => {
    const minimum = semver.minVersion(engines)!;
    const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");
    expect(readme).toContain(`Node.js ${minimum.major}.${minimum.minor}`);
    expect(readme).toContain(`\`"node": "${engines}"\``);
  });
});
