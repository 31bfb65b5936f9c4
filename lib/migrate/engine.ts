import "server-only";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine, SchemaFilter } from "@prisma/schema-engine-wasm";

// The native schema engine cannot be downloaded here, so migrations run on Prisma's WASM build of it.
// We instantiate the .wasm file ourselves instead of relying on Node's experimental ESM-WASM loader,
// so the same code runs under Next.js, Vitest and plain Node without extra flags.

type Glue = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");

let glue: Promise<Glue> | undefined;

function loadGlue(): Promise<Glue> {
  glue ??= (async () => {
    const bindings: Glue = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    // Resolved from the project root at run time: bundlers rewrite paths derived from import.meta.url.
    const packageResolver = createRequire(path.join(process.cwd(), "package.json"));
    const entry = packageResolver.resolve("@prisma/schema-engine-wasm");
    const bytes = fs.readFileSync(path.join(path.dirname(entry), "schema_engine_bg.wasm"));
    const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), {
      "./schema_engine_bg.js": bindings as unknown as WebAssembly.ModuleImports,
    });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bindings;
  })();
  return glue;
}

export const noFilters: SchemaFilter = { externalTables: [], externalEnums: [] };

export async function openSchemaEngine(
  adapter: SqlMigrationAwareDriverAdapterFactory,
  schema?: { path: string; content: string },
): Promise<SchemaEngine> {
  const { SchemaEngine } = await loadGlue();
  const datamodels: [string, string][] | undefined = schema ? [[schema.path, schema.content]] : undefined;
  const ignoreLogs = () => {};
  return SchemaEngine.new({ datamodels }, ignoreLogs, bindMigrationAwareSqlAdapterFactory(adapter));
}
