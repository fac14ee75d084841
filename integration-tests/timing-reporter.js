// Prints, after jest's own summary, the slowest test files of the run and one line of counts
// (`== tests: … passed, … failed, … skipped`), which .ci/run sums over `npm test`'s runs.
// Where the minutes go decides how the suite is split; no test asserts a time.
const path = require("node:path")

class TimingReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir
    this.files = []
  }

  onTestResult(_test, result) {
    this.files.push({ file: path.relative(this.rootDir, result.testFilePath), seconds: (result.perfStats.end - result.perfStats.start) / 1000 })
  }

  onRunComplete(_contexts, results) {
    const slowest = [...this.files].sort((a, b) => b.seconds - a.seconds).slice(0, 12)
    const lines = slowest.map(({ file, seconds }) => `  ${seconds.toFixed(1).padStart(7)} s  ${file}`)
    console.log(`\n== slowest test files\n${lines.join("\n")}`)
    console.log(`== tests: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${results.numPendingTests} skipped (${this.files.length} files)`)
  }
}

module.exports = TimingReporter
