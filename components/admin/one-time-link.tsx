"use client";
import { useSyncExternalStore } from "react";
import { FormMessage, inputClass } from "@/components/forms/field";
import { PASSWORD_LINK_TTL_HOURS } from "@/lib/users/password-link-ttl";

const noSubscribe = () => () => {};

/** A set-password link, shown once to the admin who created it. */
export function OneTimeLink({ email, path }: { email: string; path: string }) {
  const origin = useSyncExternalStore(noSubscribe, () => window.location.origin, () => "");
  return (
    <FormMessage kind="success">
      <span className="block">Set-password link for {email}. Copy it now: it is shown only once and works for {PASSWORD_LINK_TTL_HOURS} hours.</span>
      <label htmlFor="one-time-link" className="mt-2 block font-semibold">
        One-time link for {email}
      </label>
      <input id="one-time-link" readOnly value={`${origin}${path}`} className={inputClass} onFocus={(e) => e.currentTarget.select()} />
    </FormMessage>
  );
}
