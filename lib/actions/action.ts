// Server actions: the convention every mutation in this app follows.
//
// 1. Put actions in a file that starts with "use server" and list that file in
//    lib/actions/registry.ts (the authorization matrix test fails otherwise).
// 2. Build every exported action with authorizedAction (or, for the rare action a
//    signed-out person may call, publicAction with the reason):
//
//      "use server";
//      export const saveClaim = authorizedAction("editor", saveClaimSchema, async (input, user) => {
//        return updateClaim(db, input, user.id);           // return value → { ok: true, data }
//      });
//
//    The wrapper checks the caller's role first (lib/auth/authorize.ts requireRole,
//    which re-reads the user from the database), then validates the input with the
//    zod schema, then runs the handler. Nothing runs for a refused caller.
// 3. Callers get data, never exceptions:
//      { ok: true, data } | { ok: false, code, error, fieldErrors? }
//    code is "unauthenticated" | "forbidden" | "invalid" | "not_found" | "conflict" | "server".
//    Validation problems come back in fieldErrors (keyed by input field) for the form
//    to show next to each field. Throw a DomainError (lib/actions/errors.ts) for a
//    message meant for the user; anything else is logged and shown as a generic error.
//    redirect()/notFound() thrown by a handler pass through as Next expects.
// 4. Actions accept a plain object or FormData (fields become object keys).
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { AuthorizationError, requireRole, type CurrentUser } from "@/lib/auth/authorize";
import type { Role } from "@/lib/auth/roles";
import { DomainError, type DomainErrorCode, type FieldErrors } from "@/lib/actions/errors";

export type ActionErrorCode = "unauthenticated" | "forbidden" | "server" | DomainErrorCode;
export type ActionFailure = { ok: false; code: ActionErrorCode; error: string; fieldErrors?: FieldErrors };
export type ActionResult<T> = { ok: true; data: T } | ActionFailure;
export type Action<I, T> = (input: I | FormData) => Promise<ActionResult<T>>;

export type ActionPolicy = { access: Role } | { access: "public"; reason: string };
const policies = new WeakMap<object, ActionPolicy>();

/** Who may call an action built with this module (read by the authorization matrix test). */
export function actionPolicy(action: unknown): ActionPolicy | undefined {
  return typeof action === "function" ? policies.get(action) : undefined;
}

export function authorizedAction<S extends z.ZodType, T>(
  role: Role,
  schema: S,
  handler: (input: z.output<S>, user: CurrentUser) => Promise<T>,
): Action<z.input<S>, T> {
  const action = async (input: z.input<S> | FormData): Promise<ActionResult<T>> => {
    try {
      const user = await requireRole(role);
      const parsed = schema.safeParse(toPlain(input));
      if (!parsed.success) return invalid(parsed.error);
      return { ok: true, data: await handler(parsed.data, user) };
    } catch (error) {
      return failure(error);
    }
  };
  policies.set(action, { access: role });
  return action;
}

/** An action anyone may call, authorized by its input instead (e.g. a one-time token). */
export function publicAction<S extends z.ZodType, T>(
  reason: string,
  schema: S,
  handler: (input: z.output<S>) => Promise<T>,
): Action<z.input<S>, T> {
  const action = async (input: z.input<S> | FormData): Promise<ActionResult<T>> => {
    try {
      const parsed = schema.safeParse(toPlain(input));
      if (!parsed.success) return invalid(parsed.error);
      return { ok: true, data: await handler(parsed.data) };
    } catch (error) {
      return failure(error);
    }
  };
  policies.set(action, { access: "public", reason });
  return action;
}

function toPlain(input: unknown): unknown {
  if (!(input instanceof FormData)) return input;
  const out: Record<string, FormDataEntryValue | FormDataEntryValue[]> = {};
  for (const [key, value] of input.entries()) {
    // React adds $ACTION_* bookkeeping fields to forms bound to actions.
    if (key.startsWith("$ACTION")) continue;
    const previous = out[key];
    out[key] = previous === undefined ? value : Array.isArray(previous) ? [...previous, value] : [previous, value];
  }
  return out;
}

function invalid(error: z.ZodError): ActionFailure {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.map(String).join(".") : "_form";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return { ok: false, code: "invalid", error: "Please correct the highlighted fields.", fieldErrors };
}

function failure(error: unknown): ActionFailure {
  unstable_rethrow(error);
  if (error instanceof AuthorizationError) return { ok: false, code: error.reason, error: error.message };
  if (error instanceof DomainError) {
    return { ok: false, code: error.code, error: error.message, ...(error.fieldErrors && { fieldErrors: error.fieldErrors }) };
  }
  console.error("Server action failed:", error);
  return { ok: false, code: "server", error: "Something went wrong on our side. Please try again." };
}
