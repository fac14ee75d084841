import { model } from "@medusajs/framework/utils"

/**
 * One rate-limit counter (src/api/utils/rate-limit.ts): `key` names the limit and the client,
 * `count` the attempts of the window that ends at `expires_at`. Incremented with one atomic
 * upsert, so parallel requests and several server instances share one exact count.
 */
const AttemptCounter = model
  .define({ name: "AttemptCounter", tableName: "b2b_attempt_counter" }, {
    key: model.text().primaryKey(),
    count: model.number().default(0),
    expires_at: model.dateTime(),
  })
  .indexes([{ on: ["expires_at"] }])

export default AttemptCounter
