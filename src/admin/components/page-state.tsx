import { ExclamationCircle, MagnifyingGlass } from "@medusajs/icons"
import { Button, Container, Skeleton, Text, clx } from "@medusajs/ui"
import type { ReactNode } from "react"
import { errorMessage } from "../lib/errors"
import { useT } from "../lib/i18n"

/** What a react-query result says about its state, in the shape the components below take. */
export type LoadState = {
  isLoading: boolean
  error?: unknown
  onRetry?: () => void
  isRetrying?: boolean
}

/** `{ isLoading, error, onRetry, isRetrying }` of a query, to spread into DataList / PageState / StateView. */
export function queryState(query: {
  isLoading: boolean
  isError: boolean
  error: unknown
  isFetching: boolean
  refetch: () => unknown
}): LoadState {
  return {
    isLoading: query.isLoading,
    error: query.isError ? query.error : undefined,
    onRetry: () => void query.refetch(),
    isRetrying: query.isError && query.isFetching,
  }
}

const statusOf = (error: unknown) =>
  error && typeof error === "object" && "status" in error ? Number((error as { status: unknown }).status) : undefined

/** Skeleton lines while something loads. */
export function LoadingState({ lines = 3, className }: { lines?: number; className?: string }) {
  return (
    <div className={clx("flex flex-col gap-y-3 px-6 py-4", className)} data-testid="loading-state" aria-busy="true">
      {Array.from({ length: lines }, (_, i) => (
        <Skeleton key={i} className={clx("h-4", i === 0 ? "w-48" : i % 2 ? "w-full" : "w-2/3")} />
      ))}
    </div>
  )
}

/**
 * The server's refusal or failure, with Retry. A 4xx (not found, not allowed) is an answer, not a
 * hiccup: it shows the message without Retry.
 */
export function ErrorState({ error, onRetry, isRetrying, className }: { error: unknown; onRetry?: () => void; isRetrying?: boolean; className?: string }) {
  const { t } = useT()
  const status = statusOf(error)
  const retryable = onRetry && !(status && status >= 400 && status < 500)
  return (
    <div
      role="alert"
      data-testid="error-state"
      data-status={status}
      className={clx("flex min-h-[150px] w-full flex-col items-center justify-center gap-y-4 px-6 py-6", className)}
    >
      <div className="flex flex-col items-center gap-y-3">
        <ExclamationCircle className="text-ui-fg-error" />
        <div className="flex flex-col items-center gap-y-1 text-center">
          <Text size="small" leading="compact" weight="plus">
            {t("states.errorTitle")}
          </Text>
          <Text size="small" className="text-ui-fg-muted">
            {(error ? errorMessage(error) : "") || t("states.errorMessage")}
          </Text>
        </div>
      </div>
      {retryable && (
        <Button size="small" variant="secondary" onClick={onRetry} isLoading={isRetrying} data-testid="retry">
          {t("states.retry")}
        </Button>
      )}
    </div>
  )
}

export type EmptyProps = {
  /** Bold line; default "No records" (or "No results" when `filtered`). */
  title?: string
  /** What to do about it. */
  message?: string
  /** E.g. a "Create" button. */
  action?: ReactNode
  /** The list is empty because of a search or filter: Medusa's "no results" look. */
  filtered?: boolean
  className?: string
}

/** Medusa's empty state (as the dashboard's NoRecords / NoResults): icon, title, message, action. */
export function EmptyState({ title, message, action, filtered, className }: EmptyProps) {
  const { t } = useT()
  return (
    <div
      data-testid="empty-state"
      className={clx("flex min-h-[150px] w-full flex-col items-center justify-center gap-y-4 px-6 py-6", className)}
    >
      <div className="flex flex-col items-center gap-y-3">
        {filtered ? <MagnifyingGlass className="text-ui-fg-subtle" /> : <ExclamationCircle className="text-ui-fg-subtle" />}
        <div className="flex flex-col items-center gap-y-1 text-center">
          <Text size="small" leading="compact" weight="plus">
            {title ?? (filtered ? t("states.noResultsTitle") : t("states.emptyTitle"))}
          </Text>
          <Text size="small" className="text-ui-fg-muted">
            {message ?? (filtered ? t("states.noResultsMessage") : t("states.emptyMessage"))}
          </Text>
        </div>
      </div>
      {action}
    </div>
  )
}

/**
 * Inside a section: loading, error (+ Retry) or empty, else `children`.
 * `isEmpty` decides the empty state; pass `empty` for its texts.
 */
export function StateView({
  isLoading,
  error,
  onRetry,
  isRetrying,
  isEmpty,
  empty,
  children,
}: LoadState & { isEmpty?: boolean; empty?: EmptyProps; children?: ReactNode }) {
  if (error) return <ErrorState error={error} onRetry={onRetry} isRetrying={isRetrying} />
  if (isLoading) return <LoadingState />
  if (isEmpty) return <EmptyState {...empty} />
  return <>{children}</>
}

/** What a detail page shows before its record is there: a skeleton, or the error (with Retry). */
export function PageState({ isLoading, error, onRetry, isRetrying }: LoadState) {
  return (
    <Container className="p-0" data-testid="page-state">
      {isLoading && !error ? (
        <LoadingState />
      ) : (
        <ErrorState error={error} onRetry={onRetry} isRetrying={isRetrying} />
      )}
    </Container>
  )
}
