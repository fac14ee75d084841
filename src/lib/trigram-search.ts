// Admin `?q=` is Medusa's search over a model's `searchable()` columns: `col ILIKE '%word%'`
// OR-ed per column, which no b-tree serves. A pg_trgm GIN index per column does (a bitmap OR of
// the columns' index scans), so search cost follows the matches rather than the table.

/**
 * Migration statements: pg_trgm when the database lets us create it (a trusted extension since
 * Postgres 13, so a database owner may), and a trigram index per searched column. Where the
 * extension cannot be had, search still works, by a scan, and the migration does not fail.
 */
export function trigramIndexStatements(table: string, columns: string[]): string[] {
  const indexes = columns
    .map(
      (column) =>
        `CREATE INDEX IF NOT EXISTS "IDX_${table}_${column}_trgm" ON "${table}" USING gin ("${column}" gin_trgm_ops) WHERE deleted_at IS NULL;`
    )
    .join("\n    ")
  return [
    `DO $$ BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
  EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'pg_trgm is not available (%): admin search on "${table}" runs without an index', SQLERRM;
  END $$;`,
    `DO $$ BEGIN
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
    ${indexes}
    END IF;
  END $$;`,
  ]
}

export const dropTrigramIndexStatements = (table: string, columns: string[]) =>
  columns.map((column) => `DROP INDEX IF EXISTS "IDX_${table}_${column}_trgm";`)
