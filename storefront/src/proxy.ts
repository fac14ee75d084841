// Lets server components know the path they render (to come back after signing in).
import { NextResponse, type NextRequest } from "next/server"

export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers)
  headers.set("x-zone-path", request.nextUrl.pathname + request.nextUrl.search)
  return NextResponse.next({ request: { headers } })
}

export const config = { matcher: ["/((?!_next/|favicon.ico).*)"] }
