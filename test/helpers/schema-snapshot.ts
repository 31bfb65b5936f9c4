import type { DatabaseDriver } from "@/lib/db/driver";

/** The shape of the public schema — tables, columns, constraints, indexes, enums — in a comparable form. */
export async function schemaSnapshot(driver: DatabaseDriver) {
  const [columns, constraints, indexes, enums] = await Promise.all([
    driver.query(
      `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default, ordinal_position
         FROM information_schema.columns WHERE table_schema = 'public'
        ORDER BY table_name, ordinal_position`,
    ),
    driver.query(
      `SELECT rel.relname AS table_name, con.conname, con.contype, pg_get_constraintdef(con.oid) AS definition
         FROM pg_constraint con JOIN pg_class rel ON rel.oid = con.conrelid
         JOIN pg_namespace ns ON ns.oid = rel.relnamespace
        -- NOT NULL is compared through the columns; PostgreSQL 18 (PGlite) also lists it as a constraint.
        WHERE ns.nspname = 'public' AND con.contype <> 'n' ORDER BY rel.relname, con.conname`,
    ),
    driver.query(
      `SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY tablename, indexname`,
    ),
    driver.query(
      `SELECT t.typname, e.enumlabel, e.enumsortorder FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
         JOIN pg_namespace ns ON ns.oid = t.typnamespace WHERE ns.nspname = 'public' ORDER BY t.typname, e.enumsortorder`,
    ),
  ]);
  return { columns, constraints, indexes, enums };
}
