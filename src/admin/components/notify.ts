import { toast } from "@medusajs/ui"
import { errorMessage } from "../lib/errors"

/** Runs a write and reports it in a toast: `success`, or the API's error. Resolves whether it worked. */
export async function notify(action: () => Promise<unknown>, success: string): Promise<boolean> {
  try {
    await action()
    toast.success(success)
    return true
  } catch (error) {
    toast.error(errorMessage(error))
    return false
  }
}
