import { randomUUID } from "node:crypto"
import { setTimeout as sleep } from "node:timers/promises"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ConflictError } from "../../../lib/errors"

export type LockMemberEmailsInput = { emails: string[]; timeout_seconds?: number; ttl_seconds?: number }
export type MemberEmailsLock = { key: string[]; ownerId: string }

const PREFIX = "b2b-member-email:"

/**
 * Medusa's locking module on one key per e-mail (any organization), so that batches naming the
 * same e-mail run one after the other: the later one then finds the earlier one's customers and
 * memberships instead of racing it into a duplicate. Keys are taken in sorted order under one
 * owner, so two batches never each hold a part of the other's keys. Waits up to the timeout,
 * then 409. Answers the lock for core-flows' releaseLockStep; compensation releases it.
 */
export const lockMemberEmailsStepId = "lock-member-emails"
export const lockMemberEmailsStep = createStep(
  lockMemberEmailsStepId,
  async ({ emails, timeout_seconds = 60, ttl_seconds = 120 }: LockMemberEmailsInput, { container }) => {
    const locking = container.resolve(Modules.LOCKING)
    const lock: MemberEmailsLock = {
      key: [...new Set(emails.map((email) => PREFIX + email.trim().toLowerCase()))].sort(),
      ownerId: `batch-add-members:${randomUUID()}`,
    }
    const deadline = Date.now() + timeout_seconds * 1000
    for (;;) {
      try {
        await locking.acquire(lock.key, { ownerId: lock.ownerId, expire: ttl_seconds })
        break
      } catch {
        if (Date.now() >= deadline) {
          await locking.release(lock.key, { ownerId: lock.ownerId })
          throw new ConflictError("Another batch naming some of these e-mails is still running: try again")
        }
        await sleep(200)
      }
    }
    return new StepResponse(lock, lock)
  },
  async (lock, { container }) => {
    if (!lock) return
    await container.resolve(Modules.LOCKING).release(lock.key, { ownerId: lock.ownerId })
  }
)
