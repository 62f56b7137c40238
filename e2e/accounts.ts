// Accounts the e2e suite signs in with; created by global-setup in the e2e database only.
export const E2E_ACCOUNTS = {
  admin: { email: "admin@e2e.test", name: "Ada Admin", role: "admin", password: "admin-password-e2e" },
  moderator: { email: "moderator@e2e.test", name: "Mo Moderator", role: "moderator", password: "moderator-password-e2e" },
  editor: { email: "editor@e2e.test", name: "Eddie Editor", role: "editor", password: "editor-password-e2e" },
} as const;
