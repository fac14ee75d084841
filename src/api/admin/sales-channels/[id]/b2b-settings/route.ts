import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { ACCESS_GROUP_MODULE } from "../../../../../modules/access-group"
import type AccessGroupModuleService from "../../../../../modules/access-group/service"
import { updateSalesChannelSettingsWorkflow } from "../../../../../workflows/access-group"
import { runWorkflow } from "../../../../utils/run-workflow"
import type { AdminUpdateSalesChannelSettingsType } from "./validators"

/** The plugin's settings of a sales channel; the defaults (nothing changes for shoppers) where none were set. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await req.scope.resolve(Modules.SALES_CHANNEL).retrieveSalesChannel(req.params.id, { select: ["id"] })
  const service: AccessGroupModuleService = req.scope.resolve(ACCESS_GROUP_MODULE)
  res.json({ b2b_settings: await service.retrieveSalesChannelSettings(req.params.id) })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateSalesChannelSettingsType>, res: MedusaResponse) => {
  const settings = await runWorkflow(updateSalesChannelSettingsWorkflow, req.scope, {
    sales_channel_id: req.params.id,
    ...req.validatedBody,
  })
  res.json({ b2b_settings: settings })
}
