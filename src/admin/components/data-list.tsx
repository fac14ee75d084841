import { Skeleton, Table } from "@medusajs/ui"
import { useState, type ReactNode } from "react"
import { useT } from "../lib/i18n"
import { EmptyState, ErrorState, type EmptyProps } from "./page-state"

export type Column<T> = { key: string; header: string; cell: (row: T) => ReactNode; className?: string }

type Pagination = { count: number; pageSize: number; offset: number; onOffsetChange: (offset: number) => void }

type Props<T extends { id: string }> = {
  columns: Column<T>[]
  rows: T[] | undefined
  isLoading: boolean
  /** The query's error (see `queryState`): shown instead of the table, with Retry. */
  error?: unknown
  onRetry?: () => void
  isRetrying?: boolean
  /** The empty state's message (short form of `empty.message`). */
  emptyText?: string
  /** The empty state: title, message, action, `filtered` for "no results of this search". */
  empty?: EmptyProps
  onRowClick?: (row: T) => void
  pagination?: Pagination
  testId?: string
}

/**
 * The one table of the plugin: loading skeleton, error with Retry (never "nothing here" on a
 * failure), Medusa's empty state, clickable rows, optional pages.
 */
export function DataList<T extends { id: string }>({
  columns,
  rows,
  isLoading,
  error,
  onRetry,
  isRetrying,
  emptyText,
  empty,
  onRowClick,
  pagination,
  testId,
}: Props<T>) {
  const { t } = useT()
  if (error)
    return (
      <div data-testid={testId} data-state="error">
        <ErrorState error={error} onRetry={onRetry} isRetrying={isRetrying} />
      </div>
    )
  if (!isLoading && !rows?.length)
    return (
      <div data-testid={testId} data-state="empty">
        <EmptyState {...empty} message={empty?.message ?? emptyText} />
      </div>
    )
  return (
    <div data-testid={testId} data-state={isLoading ? "loading" : "data"}>
      <Table>
        <Table.Header>
          <Table.Row>
            {columns.map((column) => (
              <Table.HeaderCell key={column.key} className={column.className}>
                {column.header}
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {isLoading &&
            [0, 1, 2].map((i) => (
              <Table.Row key={`loading-${i}`}>
                {columns.map((column) => (
                  <Table.Cell key={column.key}>
                    <Skeleton className="h-4 w-24" />
                  </Table.Cell>
                ))}
              </Table.Row>
            ))}
          {rows?.map((row) => (
            <Table.Row
              key={row.id}
              className={onRowClick ? "cursor-pointer" : undefined}
              onClick={onRowClick ? () => onRowClick(row) : undefined}
              tabIndex={onRowClick ? 0 : undefined}
              onKeyDown={onRowClick ? (e) => e.key === "Enter" && e.target === e.currentTarget && onRowClick(row) : undefined}
            >
              {columns.map((column) => (
                <Table.Cell key={column.key} className={column.className}>
                  {column.cell(row)}
                </Table.Cell>
              ))}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {pagination && pagination.count > 0 && (
        <Table.Pagination
          count={pagination.count}
          pageSize={pagination.pageSize}
          pageIndex={Math.floor(pagination.offset / pagination.pageSize)}
          pageCount={Math.max(1, Math.ceil(pagination.count / pagination.pageSize))}
          canPreviousPage={pagination.offset > 0}
          canNextPage={pagination.offset + pagination.pageSize < pagination.count}
          previousPage={() => pagination.onOffsetChange(Math.max(0, pagination.offset - pagination.pageSize))}
          nextPage={() => pagination.onOffsetChange(pagination.offset + pagination.pageSize)}
          translations={{
            of: t("pagination.of"),
            results: t("pagination.results"),
            pages: t("pagination.pages"),
            prev: t("pagination.prev"),
            next: t("pagination.next"),
          }}
        />
      )}
    </div>
  )
}

/** Page state for a list: the offset, its query parameters, and DataList's `pagination` for a count. */
export function usePage(pageSize = 20) {
  const [offset, setOffset] = useState(0)
  return {
    offset,
    setOffset,
    pageSize,
    query: { limit: pageSize, offset },
    pagination: (count = 0): Pagination => ({ count, pageSize, offset, onOffsetChange: setOffset }),
  }
}

/** A list page's state: its page, a search text and one filter; changing either goes back to page 1. */
export function useListState(initialFilter = "all", pageSize = 20) {
  const page = usePage(pageSize)
  const [q, setQ] = useState("")
  const [filter, setFilter] = useState(initialFilter)
  const firstPage = <T,>(set: (value: T) => void) => (value: T) => {
    page.setOffset(0)
    set(value)
  }
  return { page, q, setQ: firstPage(setQ), filter, setFilter: firstPage(setFilter) }
}
