// The three roles, ranked: each role has every right of the roles below it
// (a moderator can do all an editor can; an admin can do everything).
export const ROLES = ["editor", "moderator", "admin"] as const;
export type Role = (typeof ROLES)[number];

const RANK: Record<Role, number> = { editor: 1, moderator: 2, admin: 3 };

export const ROLE_LABELS: Record<Role, string> = { editor: "Editor", moderator: "Moderator", admin: "Administrator" };

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** Whether a user holding `role` may do what `required` allows. */
export function roleSatisfies(role: Role, required: Role): boolean {
  return RANK[role] >= RANK[required];
}
