import { NextResponse, type NextRequest } from 'next/server';

/**
 * Passes the requested path to server components (layouts cannot read it otherwise), so a
 * signed-out visitor returns to the page they asked for. Not an access check: every page and
 * action checks the session itself.
 */
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set('x-request-path', `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.next({ request: { headers } });
}

export const config = { matcher: ['/console/:path*'] };
