// Drives Prisma's schema engine compiled to WebAssembly, because the Prisma CLI wants to download a native
// engine from a host these machines cannot reach. Used by developer tooling (new migration, drift check),
// never at start-up: applying migrations is done by prisma/migrate.ts with plain SQL.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';

const require = createRequire(import.meta.url);

type Engine = {
  diff(params: unknown): Promise<{ exitCode: number; stdout: string | null }>;
  free(): void;
};

let glue: Promise<any> | undefined;

// Node 20 cannot `import` a .wasm file, so the module is instantiated by hand with the package's own glue.
async function loadGlue() {
  const dir = path.dirname(require.resolve('@prisma/schema-engine-wasm'));
  const bg = await import(path.join(dir, 'schema_engine_bg.js'));
  const bytes = await readFile(path.join(dir, 'schema_engine_bg.wasm'));
  const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': bg });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports as any).__wbindgen_start?.();
  // Without a panic registry a Rust panic surfaces as an opaque TypeError.
  (globalThis as any).PRISMA_WASM_PANIC_REGISTRY ??= {
    set_message(message: string) {
      throw new Error(`Prisma schema engine panicked: ${message}`);
    },
  };
  return bg;
}

const CHAR_OID = 18; // PostgreSQL's internal one-byte "char", read by the schema describer from pg_catalog
const CHARACTER_COLUMN = 6; // ColumnTypeEnum.Character of @prisma/driver-adapter-utils
const charColumns = Symbol('charColumns');
let patched = false;

// adapter-pg refuses the "char" type; the engine must receive it as a Character column (as Text it panics).
// The patch goes on the shared queryable prototype so transactions get it too; it only changes a case that
// would otherwise be an error.
function patchCharColumns(adapter: object) {
  if (patched) return;
  let proto: any = Object.getPrototypeOf(adapter);
  while (proto && !Object.hasOwn(proto, 'performIO')) proto = Object.getPrototypeOf(proto);
  if (!proto) throw new Error('adapter-pg changed: no performIO to patch for the "char" column type');
  const performIO = proto.performIO;
  const queryRaw = proto.queryRaw;
  proto.performIO = async function (query: unknown) {
    const result = await performIO.call(this, query);
    const indexes: number[] = [];
    result.fields = result.fields?.map((f: { dataTypeID: number }, i: number) => {
      if (f.dataTypeID !== CHAR_OID) return f;
      indexes.push(i);
      return { ...f, dataTypeID: 25 };
    });
    if (indexes.length) result.rows[charColumns] = indexes;
    return result;
  };
  proto.queryRaw = async function (query: unknown) {
    const result = await queryRaw.call(this, query);
    for (const i of result.rows[charColumns] ?? []) result.columnTypes[i] = CHARACTER_COLUMN;
    return result;
  };
  patched = true;
}

export async function openSchemaEngine(databaseUrl: string, schemaPath: string): Promise<Engine> {
  glue ??= loadGlue();
  const bg = await glue;
  const datamodel = await readFile(schemaPath, 'utf8');
  const pg = new PrismaPg({ connectionString: databaseUrl });
  const connect = pg.connect.bind(pg);
  pg.connect = async () => {
    const adapter = await connect();
    patchCharColumns(adapter);
    return adapter;
  };
  const factory = bindMigrationAwareSqlAdapterFactory(pg as any);
  return bg.SchemaEngine.new({ datamodels: [[schemaPath, datamodel]] }, () => {}, factory);
}

const noFilter = { externalTables: [], externalEnums: [] };

/** SQL that turns the database behind `databaseUrl` into what schema.prisma describes ('' when they agree). */
export async function diffDatabaseToSchema(databaseUrl: string, schemaPath: string): Promise<string> {
  const engine = await openSchemaEngine(databaseUrl, schemaPath);
  try {
    const content = await readFile(schemaPath, 'utf8');
    const result = await engine.diff({
      // 'schemaDatasource' means the live database behind the adapter (the wasm engine refuses 'url').
      from: { tag: 'schemaDatasource', files: [{ path: schemaPath, content }], configDir: path.dirname(schemaPath) },
      to: { tag: 'schemaDatamodel', files: [{ path: schemaPath, content }] },
      script: true,
      exitCode: true,
      filters: noFilter,
    });
    return result.exitCode === 2 ? (result.stdout ?? '') : '';
  } finally {
    engine.free();
  }
}
