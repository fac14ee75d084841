import { inputTextIssues, pathHasControlCharacters } from "../input-text"
import { likeLiteral } from "../trigram-search"

describe("inputTextIssues: control characters and depth, named by field", () => {
  it("names each field with a control character, nested paths and rows included", () => {
    expect(
      inputTextIssues({ name: "Acme\r\nBcc: x", members: [{ email: "a@b.c" }, { email: "x\u0000@b.c" }], ok: "fine" })
    ).toEqual(
      expect.arrayContaining([
        { field: "name", reason: "must not contain control characters (found CR)" },
        { field: "members[1].email", reason: "must not contain control characters (found NUL)" },
      ])
    )
    expect(inputTextIssues({ name: "Caf\u00e9 \u00fc\u00f1\u00ee\u00e7\u00f8d\u00e9 \u{1F600}" })).toEqual([])
    expect(inputTextIssues({ label: "x\u0085" })).toEqual([{ field: "label", reason: "must not contain control characters (found U+0085)" }])
    expect(inputTextIssues({ label: "x\u2028y" })).toHaveLength(1)
  })

  it("lets tab, CR and LF through in reason, comment and metadata only; never NUL", () => {
    expect(inputTextIssues({ reason: "Line one.\r\n\tLine two.", comment: "a\nb", metadata: { note: { text: "a\nb" } } })).toEqual([])
    expect(inputTextIssues({ reason: "a\u0000" })).toEqual([{ field: "reason", reason: "must not contain control characters (found NUL)" }])
    expect(inputTextIssues({ metadata: { note: "a\u0000" } })).toEqual([{ field: "metadata.note", reason: expect.stringContaining("NUL") }])
    expect(inputTextIssues({ label: "a\tb" })).toEqual([{ field: "label", reason: "must not contain control characters (found tab)" }])
  })

  it("refuses keys with control characters, and a whole string body", () => {
    expect(inputTextIssues({ metadata: { "a\u0000": 1 } })).toEqual([{ field: "metadata", reason: expect.stringContaining("key") }])
    expect(inputTextIssues("a\u0000")).toEqual([{ field: "body", reason: expect.any(String) }])
  })

  it("stops at the first place nested deeper than the limit, without recursion", () => {
    let deep: unknown = 1
    for (let i = 0; i < 100_000; i++) deep = { a: deep }
    const issues = inputTextIssues({ company: deep })
    expect(issues).toHaveLength(1)
    expect(issues[0].field).toMatch(/^company(\.a)+$/)
    expect(issues[0].reason).toBe("is nested more than 32 levels deep")
    let ok: unknown = "x"
    for (let i = 0; i < 31; i++) ok = [ok]
    expect(inputTextIssues(ok)).toEqual([])
  })

  it("finds encoded controls in a decoded path", () => {
    expect(pathHasControlCharacters("/admin/organizations/org_1\u0000")).toBe(true)
    expect(pathHasControlCharacters("/admin/organizations/org_1")).toBe(false)
  })
})

describe("likeLiteral: q's wildcards match themselves", () => {
  it("escapes %, _ and the backslash with a backslash, nothing else", () => {
    expect(likeLiteral("100%")).toBe("100\\%")
    expect(likeLiteral("a_b")).toBe("a\\_b")
    expect(likeLiteral("back\\slash")).toBe("back\\\\slash")
    expect(likeLiteral("Acme B.V.")).toBe("Acme B.V.")
  })
})
