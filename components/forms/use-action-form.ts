"use client";
// Binds a server action built with authorizedAction/publicAction to a <form>:
// const [result, formAction, pending] = useActionForm(changeMyPassword);
import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions/action";

export function useActionForm<T>(action: (input: FormData) => Promise<ActionResult<T>>) {
  return useActionState<ActionResult<T> | null, FormData>((_previous, formData) => action(formData), null);
}

/** The errors for one field of a failed result, if any. */
export function fieldErrors(result: ActionResult<unknown> | null, field: string): string[] | undefined {
  return result && !result.ok ? result.fieldErrors?.[field] : undefined;
}
