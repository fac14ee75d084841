import type { AdditionalData } from "@medusajs/framework/types"
import { transform, type WorkflowData } from "@medusajs/framework/workflows-sdk"

/**
 * `additional_data` is for a workflow's hooks only (Medusa's convention): never stored.
 * A workflow whose input goes on to a step that hands it to a service strips it first.
 */
export function stripAdditionalData<T extends AdditionalData>(input: T): Omit<T, "additional_data"> {
  const { additional_data: _additionalData, ...rest } = input
  return rest
}

/**
 * The workflow's input without `additional_data`, inside a workflow's composition (the
 * composition's `input` is typed as the plain input type there, hence `T | WorkflowData<T>`).
 */
export function withoutAdditionalData<T extends AdditionalData>(input: T | WorkflowData<T>): WorkflowData<Omit<T, "additional_data">> {
  return transform({ input }, ({ input }) => stripAdditionalData(input as T)) as unknown as WorkflowData<Omit<T, "additional_data">>
}
