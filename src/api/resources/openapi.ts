// The OpenAPI 3.1 document of the plugin's routes, made from the catalog's zod schemas
// (zod's JSON Schema conversion). `npm run build` writes it as openapi.json (scripts/openapi.mjs).
import { z } from "zod"
import { ERROR_CODES } from "../../lib/refusal-codes"
import { CATALOG, type Access, type Operation } from "./catalog"
import { errorBody } from "./common"

type JsonSchema = Record<string, unknown>
type Examples = Record<string, unknown>

const SECURITY: Record<Access, Record<string, string[]>[]> = {
  admin: [{ admin_bearer: [] }, { admin_session: [] }, { admin_api_key: [] }],
  customer: [
    { publishable_key: [], customer_bearer: [] },
    { publishable_key: [], customer_session: [] },
  ],
  "customer?": [
    { publishable_key: [] },
    { publishable_key: [], customer_bearer: [] },
    { publishable_key: [], customer_session: [] },
  ],
  public: [{ publishable_key: [] }],
  portal: [{ publishable_key: [], portal_bearer: [] }],
}

const SECURITY_SCHEMES = {
  publishable_key: { type: "apiKey", in: "header", name: "x-publishable-api-key", description: "The storefront's publishable API key: it names the sales channel." },
  customer_bearer: { type: "http", scheme: "bearer", bearerFormat: "JWT", description: "A customer's token from `POST /auth/customer/emailpass`." },
  customer_session: { type: "apiKey", in: "cookie", name: "connect.sid", description: "A customer's session from `POST /auth/session`." },
  portal_bearer: { type: "http", scheme: "bearer", description: "A portal session's token from `POST /store/portal/sessions`." },
  admin_bearer: { type: "http", scheme: "bearer", bearerFormat: "JWT", description: "An admin user's token from `POST /auth/user/emailpass`." },
  admin_session: { type: "apiKey", in: "cookie", name: "connect.sid", description: "An admin user's session (the dashboard's)." },
  admin_api_key: { type: "http", scheme: "basic", description: "A secret API key as the user name, no password." },
}

const toSchema = (schema: z.ZodType, io: "input" | "output"): JsonSchema => {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any", target: "draft-2020-12" }) as JsonSchema
  return rest
}

/** Query parameters of an operation, one per property of its query schema. */
function queryParameters(query: z.ZodType | undefined) {
  if (!query) return []
  const schema = toSchema(query, "input") as { properties?: Record<string, JsonSchema>; required?: string[] }
  return Object.entries(schema.properties ?? {}).map(([name, property]) => ({
    name,
    in: "query",
    required: schema.required?.includes(name) ?? false,
    ...(typeof property.description === "string" ? { description: property.description } : {}),
    schema: property,
  }))
}

const pathParameters = (path: string) =>
  [...path.matchAll(/\{([^}]+)\}/g)].map(([, name]) => ({ name, in: "path", required: true, schema: { type: "string" } }))

const refusal = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
})

/** The refusals an operation can answer, by what it takes and who may call it. */
function errorResponses(operation: Operation) {
  const responses: Record<string, unknown> = {}
  responses["400"] = refusal("Bad input (`invalid_data` with `errors[]` naming each field) or a business rule's refusal (`code`)")
  if (operation.access !== "public") responses["401"] = refusal("Not logged in, or the session or token is not valid")
  if (operation.access === "customer" || operation.access === "portal") {
    responses["403"] = refusal("The actor may not do this here (`permission_required`, `membership_deactivated`, …)")
  }
  if (operation.path.includes("{")) responses["404"] = refusal("Unknown id, or one the actor may not see")
  if (operation.method !== "GET") responses["409"] = refusal("Conflicts with the current state (`last_admin`, `approval_already_decided`, …)")
  responses["429"] = refusal("Too many attempts: `rate_limited`, with `Retry-After`")
  return responses
}

/** The OpenAPI 3.1 document; `examples` holds one recorded answer per operation name. */
export function openApiDocument({ version, examples = {} }: { version: string; examples?: Examples }) {
  const paths: Record<string, Record<string, unknown>> = {}
  for (const [name, operation] of Object.entries(CATALOG) as [string, Operation][]) {
    const parameters = [...pathParameters(operation.path), ...queryParameters(operation.query)]
    const example = examples[name]
    paths[operation.path] ??= {}
    paths[operation.path][operation.method.toLowerCase()] = {
      operationId: name,
      summary: operation.summary,
      tags: [tagOf(name)],
      security: SECURITY[operation.access],
      ...(operation.permission ? { "x-permission": operation.permission } : {}),
      ...(parameters.length ? { parameters } : {}),
      ...(operation.body
        ? { requestBody: { required: true, content: { "application/json": { schema: toSchema(operation.body, "input") } } } }
        : {}),
      responses: {
        "200": {
          description: "OK",
          content: {
            "application/json": {
              schema: toSchema(operation.response, "output"),
              ...(example === undefined ? {} : { example }),
            },
          },
        },
        ...errorResponses(operation),
      },
    }
  }
  const error = toSchema(errorBody, "output")
  return {
    openapi: "3.1.0",
    info: {
      title: "medusa-plugin-b2b-accounts",
      version,
      description:
        "Store and admin routes of the B2B accounts plugin for Medusa v2. Every refusal answers `{ type, code, message, errors? }`; `code` is stable (README, Refusal codes).",
    },
    servers: [{ url: "http://localhost:9000", description: "A Medusa store with the plugin" }],
    tags: [...new Set(Object.keys(CATALOG).map(tagOf))].map((tag) => ({ name: tag })),
    paths,
    components: {
      securitySchemes: SECURITY_SCHEMES,
      schemas: {
        Error: { ...error, properties: { ...(error.properties as object), code: { type: "string", enum: ERROR_CODES } } },
      },
    },
  }
}

/** `store.organizations.members.list` → "Store: organizations". */
function tagOf(name: string) {
  const [side, resource] = name.split(".")
  return `${side === "admin" ? "Admin" : "Store"}: ${resource.replace(/([A-Z])/g, " $1").toLowerCase()}`
}
