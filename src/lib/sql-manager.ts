/** The part of the MikroORM entity manager the module services use: raw SQL and flushing. */
export type SqlManager = {
  execute: <Row = any>(sql: string, params?: unknown[]) => Promise<Row[]>
  flush: () => Promise<void>
}

/**
 * The one framework seam of the module services: Medusa's shared context types its managers
 * (`manager`, `transactionManager`) as unknown; they are MikroORM entity managers.
 */
export const asSqlManager = (manager: unknown) => manager as SqlManager
