import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { getCurrentUser } from "@/lib/auth/authorize";
import { safeCallbackPath } from "@/lib/auth/callback-url";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage(props: PageProps<"/login">) {
  const params = await props.searchParams;
  const callbackUrl = safeCallbackPath(params.callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  const error = typeof params.error === "string" ? params.error : null;
  return (
    <div className="space-y-6">
      <h1 className="font-serif text-3xl font-bold">Sign in</h1>
      <p className="text-stone-700">For the newsroom: editors, moderators and administrators.</p>
      <LoginForm callbackUrl={callbackUrl} initialError={error} />
    </div>
  );
}
