import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { checkCompanyNumbers, type CompanyNumbers } from "../../../lib/company-numbers"

/**
 * VAT and registration numbers are checked against the company's country (format, check
 * digits) and answered normalized; a failure is a 400 naming the field. The store route's
 * validator runs the same check to name fields in its body; this step makes the workflow
 * safe to call without it.
 */
export const validateCompanyNumbersStepId = "validate-company-numbers"
export const validateCompanyNumbersStep = createStep(
  validateCompanyNumbersStepId,
  async (numbers: CompanyNumbers, _context) => {
    const { issues, normalized } = checkCompanyNumbers(numbers)
    if (issues.length) {
      const message = issues.map(({ field, reason }) => `Field '${field}' ${reason}`).join("; ")
      throw new MedusaError(MedusaError.Types.INVALID_DATA, message)
    }
    return new StepResponse(normalized)
  }
)
