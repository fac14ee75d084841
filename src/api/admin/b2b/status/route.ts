import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { emailDelivery } from "../../../../workflows/common/notifications"

/** What the admin's plugin pages show as a banner: can the plugin's e-mails be delivered? */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ email_delivery: emailDelivery(req.scope) })
}
