import { MedusaService } from "@medusajs/framework/utils"
import AccessCode from "./models/access-code"
import Asset from "./models/asset"

class PortalAccessModuleService extends MedusaService({ PortalAccessCode: AccessCode, PortalAsset: Asset }) {}

export default PortalAccessModuleService
