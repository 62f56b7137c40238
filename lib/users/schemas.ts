// Input schemas for accounts, shared by the forms, the server actions and the CLIs.
import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";
import { passwordProblem } from "@/lib/auth/password";

export const emailSchema = z
  .string({ error: "Enter an email address." })
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "Enter a valid email address, like name@example.com." }));

export const nameSchema = z.string().trim().min(1, "Enter a name.").max(100, "Keep the name under 100 characters.");

export const roleSchema = z.enum(ROLES, { error: `Choose a role: ${ROLES.join(", ")}.` });

export const newPasswordSchema = z.string({ error: "Enter a password." }).superRefine((password, ctx) => {
  const problem = passwordProblem(password);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

export const userIdSchema = z.string().min(1, "No user given.");

export const createUserSchema = z.discriminatedUnion("setup", [
  z.object({ setup: z.literal("password"), email: emailSchema, name: nameSchema, role: roleSchema, password: newPasswordSchema }),
  z.object({ setup: z.literal("link"), email: emailSchema, name: nameSchema, role: roleSchema }),
]);
export type CreateUserInput = z.output<typeof createUserSchema>;

export const changeRoleSchema = z.object({ userId: userIdSchema, role: roleSchema });

export const setDisabledSchema = z.object({
  userId: userIdSchema,
  // From a form this arrives as the string "true" or "false".
  disabled: z.union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")]),
});

export const passwordLinkSchema = z.object({ userId: userIdSchema });

const confirmed = <T extends { password: string; confirmPassword: string }>(value: T, ctx: z.RefinementCtx) => {
  if (value.password !== value.confirmPassword) {
    ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "The two passwords do not match." });
  }
};

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password."),
    password: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .superRefine(confirmed);

export const setPasswordSchema = z
  .object({ token: z.string().min(1), password: newPasswordSchema, confirmPassword: z.string() })
  .superRefine(confirmed);
