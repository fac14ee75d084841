import { jobSchedule } from "../job-schedule"

describe("jobSchedule", () => {
  it("keeps the job's cron unless a whole interval of at least a second is given", () => {
    expect(jobSchedule("23 * * * *")).toBe("23 * * * *")
    expect(jobSchedule("23 * * * *", "")).toBe("23 * * * *")
    expect(jobSchedule("23 * * * *", "1500")).toEqual({ interval: 1500 })
    // A typo must not make a job run every millisecond, nor not at all.
    for (const bad of ["5", "0", "-1000", "1.5e3x", "abc", "1000.5"]) expect(jobSchedule("0 7 * * *", bad)).toBe("0 7 * * *")
  })
})
