// ESLint (flat config). Besides TypeScript, React hooks and Next.js rules, it holds the architecture of
// scripts/architecture/layers.mjs: imports in lib/ point down the layers, domains are used through
// their index.ts, client components import no server code, and only lib/env.ts reads process.env.
import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";
import { allowedImports, CLIENT_SAFE, DOMAINS, FEATURES, LAYER_OF } from "./scripts/architecture/layers.mjs";

const FACED = [...Object.keys(DOMAINS), ...Object.keys(FEATURES)];
const TESTS = ["**/*.test.ts", "**/*.test.tsx", "test/**", "e2e/**", "bench/**"];

/** `@/lib/<folder>` and everything under it. */
const whole = (folder) => [`@/lib/${folder}`, `@/lib/${folder}/*`];

/** Deep imports into another domain or feature: only its index.ts is public. */
function deepImports(self) {
  return FACED.filter((folder) => folder !== self).map((folder) => `@/lib/${folder}/*`);
}

// Generated data read from its file at run time, never imported as a module (lib/util/shipped-json.ts).
const SHIPPED_DATA = ["**/taxonomy.json", "**/occupations.json", "**/background-terms.json"];

const OUTSIDE_LIB = ["@/app/*", "@/components/*", "@/jobs/*", "@/scripts/*", "@/bench/*", "@/e2e/*"];

function importRules(self) {
  const allowed = new Set([self, ...allowedImports(self)]);
  const forbidden = Object.keys(LAYER_OF)
    .filter((folder) => !allowed.has(folder))
    .flatMap(whole);
  return {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          {
            group: forbidden,
            message: `lib/${self} may not import this folder (layers: scripts/architecture/layers.mjs).`,
          },
          { group: deepImports(self), message: "Import another domain through its index.ts (`@/lib/<domain>`)." },
          { group: OUTSIDE_LIB, message: "lib/ never imports routes, pages, components, jobs or scripts." },
          {
            group: SHIPPED_DATA,
            message:
              "Read shipped data with readShippedJson (lib/util/shipped-json.ts): imported, each bundle holds a copy.",
          },
        ].filter((pattern) => pattern.group.length > 0),
      },
    ],
  };
}

/** Only the client-safe floor at run time; anything else as `import type`. A local rule, since the
 * "use client" directive (not the path) is what makes a component run in the browser. */
const clientImports = {
  meta: { type: "problem", schema: [] },
  create(context) {
    const sourceCode = context.sourceCode;
    const isClient = sourceCode.ast.body.some(
      (node) => node.type === "ExpressionStatement" && node.directive === "use client",
    );
    if (!isClient) return {};
    return {
      ImportDeclaration(node) {
        const source = node.source.value;
        if (node.importKind === "type") return;
        if (node.specifiers.length > 0 && node.specifiers.every((specifier) => specifier.importKind === "type")) return;
        const serverOnly = source === "server-only";
        const libFolder = source.startsWith("@/lib/") ? source.slice("@/lib/".length).split("/")[0] : null;
        if (serverOnly || (libFolder && !CLIENT_SAFE.includes(libFolder))) {
          context.report({
            node,
            message: `A client component imports ${source} at run time; use \`import type\`, or a module of ${CLIENT_SAFE.map((f) => `lib/${f}`).join(", ")}.`,
          });
        }
      },
    };
  },
};

export default tseslint.config(
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      ".data/**",
      "lib/generated/**",
      "next-env.d.ts",
      "test-results/**",
      "playwright-report/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,mjs}"],
    languageOptions: {
      globals: { process: "readonly", console: "readonly", URL: "readonly", globalThis: "readonly" },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": [
        "error",
        { fixStyle: "inline-type-imports", disallowTypeAnnotations: false },
      ],
      "no-undef": "off",
    },
  },
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    plugins: {
      "react-hooks": reactHooks,
      "@next/next": nextPlugin,
      shortlist: { rules: { "client-imports": clientImports } },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs["core-web-vitals"].rules,
      "shortlist/client-imports": "error",
    },
  },
  {
    // Server components render once per request: reading the clock there is not a re-render hazard.
    files: ["app/**/*.tsx"],
    rules: { "react-hooks/purity": "off" },
  },
  {
    files: ["**/*.cjs"],
    languageOptions: {
      sourceType: "commonjs",
      globals: { require: "readonly", module: "writable", process: "readonly" },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  // The layers of lib/.
  ...Object.keys(LAYER_OF).map((folder) => ({
    files: [`lib/${folder}/**/*.{ts,tsx}`, `lib/${folder}.ts`],
    ignores: TESTS,
    rules: importRules(folder),
  })),
  // Routes, pages, components and background jobs use domains through their public face.
  {
    files: [
      "app/**/*.{ts,tsx}",
      "components/**/*.{ts,tsx}",
      "jobs/**/*.ts",
      "scripts/**/*.ts",
      "instrumentation.ts",
      "proxy.ts",
    ],
    ignores: TESTS,
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [{ group: deepImports(null), message: "Import a domain through its index.ts (`@/lib/<domain>`)." }],
        },
      ],
    },
  },
  // Configuration is read once, validated, in lib/env.ts.
  {
    files: ["lib/**/*.{ts,tsx}", "app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "jobs/**/*.ts", "proxy.ts"],
    ignores: ["lib/env.ts", ...TESTS],
    rules: {
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read configuration through env() in lib/env.ts." },
      ],
    },
  },
);
