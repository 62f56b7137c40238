"use server";
// Admin-only account management (the /admin page). Each one is an authorizedAction:
// the caller's role is checked inside the action, not just by the page.
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { authorizedAction } from "@/lib/actions/action";
import { changeRole, createAccount, issuePasswordLink, setDisabled } from "@/lib/users/service";
import { setPasswordPath } from "@/lib/users/password-token";
import { changeRoleSchema, createUserSchema, passwordLinkSchema, setDisabledSchema } from "@/lib/users/schemas";

export const createUser = authorizedAction("admin", createUserSchema, async (input, admin) => {
  const { account, token } = await createAccount(db, input, admin.id);
  revalidatePath("/admin");
  // The link is returned once, to show the admin; only its hash is stored.
  return { email: account.email, setPasswordPath: token ? setPasswordPath(token) : null };
});

export const changeUserRole = authorizedAction("admin", changeRoleSchema, async (input, admin) => {
  const account = await changeRole(db, admin.id, input.userId, input.role);
  revalidatePath("/admin");
  return { email: account.email, role: account.role };
});

export const setUserDisabled = authorizedAction("admin", setDisabledSchema, async (input, admin) => {
  const account = await setDisabled(db, admin.id, input.userId, input.disabled);
  revalidatePath("/admin");
  return { email: account.email, disabled: account.disabled };
});

export const createPasswordLink = authorizedAction("admin", passwordLinkSchema, async (input, admin) => {
  const token = await issuePasswordLink(db, admin.id, input.userId);
  return { setPasswordPath: setPasswordPath(token) };
});
