-- Sessions are signed tokens (JWT) that live 7 days. Signing out, changing or resetting
-- a password sets this time; a session signed in before it no longer counts
-- (lib/auth/authorize.ts), even if someone kept a copy of its cookie.
ALTER TABLE "User" ADD COLUMN "sessionsValidAfter" TIMESTAMP(3);
