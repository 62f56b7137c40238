// Sends anonymous visitors of the signed-in areas to /login. A convenience only:
// every page and mutation checks the user's role itself (lib/auth/authorize.ts).
import { withAuth } from "next-auth/middleware";
import { env } from "@/lib/env";

export default withAuth({ pages: { signIn: "/login" }, secret: env.NEXTAUTH_SECRET });

export const config = {
  matcher: ["/desk/:path*", "/account", "/admin/:path*", "/moderation/:path*"],
};
