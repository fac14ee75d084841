import { emitEventStep } from "@medusajs/medusa/core-flows"
import { transform } from "@medusajs/framework/workflows-sdk"
import { AccessGroupEvents } from "../../../lib/events"

/** `access_group.changed` `{ id }` for a merchant's subscribers; `name` tells the steps of one workflow apart. */
export const emitAccessGroupChanged = (id: unknown, name: string) =>
  emitEventStep({ eventName: AccessGroupEvents.CHANGED, data: transform({ id }, ({ id }) => ({ id })) }).config({
    name,
  })
