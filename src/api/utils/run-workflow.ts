import type { MedusaContainer } from "@medusajs/framework/types"
import type { ReturnWorkflow } from "@medusajs/framework/workflows-sdk"
import { restoreConflictError } from "../../lib/errors"

/** Runs a workflow for a route; the one place where workflow errors become HTTP errors. */
export async function runWorkflow<TInput, TResult>(
  workflow: ReturnWorkflow<TInput, TResult, any>,
  scope: MedusaContainer,
  input: TInput
): Promise<TResult> {
  try {
    const { result } = await workflow(scope).run({ input })
    return result as TResult
  } catch (error) {
    throw restoreConflictError(error)
  }
}
