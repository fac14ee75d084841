import type { MedusaContainer } from "@medusajs/framework/types"
import type { ResolvedOptions } from "../../lib/options"
import { ORGANIZATION_MODULE } from "../../modules/organization"
import type OrganizationModuleService from "../../modules/organization/service"

/**
 * The plugin's options with defaults applied (lib/options), as Medusa passed them to the
 * organization module: the one reader outside the modules.
 */
export const pluginOptions = (container: Pick<MedusaContainer, "resolve">): ResolvedOptions =>
  container.resolve<OrganizationModuleService>(ORGANIZATION_MODULE).getPluginOptions()
