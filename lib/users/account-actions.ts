"use server";
// A person's own password: changing it while signed in, or setting it from a one-time link.
import { db } from "@/lib/db";
import { authorizedAction, publicAction } from "@/lib/actions/action";
import { changeOwnPassword, setPasswordWithToken } from "@/lib/users/service";
import { changePasswordSchema, setPasswordSchema } from "@/lib/users/schemas";

export const changeMyPassword = authorizedAction("editor", changePasswordSchema, async (input, user) => {
  await changeOwnPassword(db, user.id, input.currentPassword, input.password, user.signedInAt);
  return { changed: true };
});

export const setPasswordFromLink = publicAction(
  "Signed-out by design: the one-time token in the link is the credential.",
  setPasswordSchema,
  async (input) => setPasswordWithToken(db, input.token, input.password),
);
