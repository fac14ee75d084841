/**
 * The schedule of the plugin's scheduled jobs: their own cron expression, or every
 * `intervalMs` milliseconds when the store sets `B2B_JOB_INTERVAL_MS` (to run the jobs
 * often, e.g. a test of several workers, or a store that wants reminders sooner). Medusa
 * runs a job once per tick across all workers (its workflow engine's scheduler).
 */
export function jobSchedule(cron: string, intervalMs?: string): string | { interval: number } {
  const interval = Number(intervalMs)
  return intervalMs && Number.isInteger(interval) && interval >= 1000 ? { interval } : cron
}
