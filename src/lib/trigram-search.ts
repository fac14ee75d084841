// Admin `?q=` is Medusa's search over a model's `searchable()` columns: `col ILIKE '%word%'`
// OR-ed per column, which no b-tree serves. A pg_trgm GIN index per column does (a bitmap OR of
// the columns' index scans), so search cost follows the matches rather than the table.

/**
 * Migration statements: pg_trgm when the database lets us create it (a trusted extension since
 * Postgres 13, so a database owner may), and a trigram index per searched column. Where the
 * extension cannot be had, search still works, by a scan, and the migration does not fail.
 */
export function trigramIndexStatements(table: string, columns: string[]): string[] {
  // The operator class is named with the extension's own schema: an extension created earlier
  // in another schema (not on this migration's search_path) still serves.
  const indexes = columns
    .map(
      (column) =>
        `EXECUTE format('CREATE INDEX IF NOT EXISTS %I ON %I USING gin (%I %I.gin_trgm_ops) WHERE deleted_at IS NULL', 'IDX_${table}_${column}_trgm', '${table}', '${column}', trgm_schema);`
    )
    .join("\n    ")
  return [
    `DO $$ BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
  EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'pg_trgm is not available (%): admin search on "${table}" runs without an index', SQLERRM;
  END $$;`,
    `DO $$ DECLARE trgm_schema text; BEGIN
    SELECT n.nspname INTO trgm_schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
     WHERE e.extname = 'pg_trgm';
    IF trgm_schema IS NOT NULL THEN
    ${indexes}
    END IF;
  END $$;`,
  ]
}

export const dropTrigramIndexStatements = (table: string, columns: string[]) =>
  columns.map((column) => `DROP INDEX IF EXISTS "IDX_${table}_${column}_trgm";`)

/**
 * `q` as Medusa's search puts it in `ILIKE '%…%'`: `%`, `_` and the backslash escaped with a backslash,
 * so they match themselves (today `q=%` would match every row). The backslash is Postgres's
 * LIKE escape character unless a query names another (`ESCAPE`); Medusa's search names none.
 */
export const likeLiteral = (q: string) => q.replace(/[\\%_]/g, (char) => `\\${char}`)
