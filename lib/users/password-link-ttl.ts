/** How long a one-time set-password link works (kept apart so browser code can show it). */
export const PASSWORD_LINK_TTL_HOURS = 72;
