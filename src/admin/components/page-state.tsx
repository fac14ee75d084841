import { Container, Skeleton, Text } from "@medusajs/ui"
import { errorMessage } from "../lib/api"

/** What a detail page shows before its record is there: a skeleton, or the error (e.g. 404). */
export function PageState({ isLoading, error }: { isLoading: boolean; error: unknown }) {
  return (
    <Container className="flex flex-col gap-y-3 px-6 py-4">
      {isLoading ? (
        <>
          <Skeleton className="h-6 w-48" />
          <Skeleton className="h-4 w-full" />
          <Skeleton className="h-4 w-2/3" />
        </>
      ) : (
        <Text className="text-ui-fg-error" role="alert">
          {errorMessage(error)}
        </Text>
      )}
    </Container>
  )
}
