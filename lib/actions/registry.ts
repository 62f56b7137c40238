// Every mutation entry point of the app, for the authorization matrix test
// (lib/actions/authorization-matrix.test.ts). That test fails when:
//   - a file containing "use server" is not listed in ACTION_MODULES,
//   - an exported action was not built with authorizedAction/publicAction,
//   - an exported action has no validInput here,
//   - an app/**/route.ts exports POST/PUT/PATCH/DELETE without being in ROUTE_HANDLERS.
// It then calls each action as anonymous, as a disabled user and as every role, with
// the valid input below: refused callers must get unauthenticated/forbidden and leave
// the database unchanged; allowed callers must get { ok: true }.
//
// Adding an action module: list each export with who may call it (checked against the
// role the action was built with, so changing either alone fails) and a valid input. Inputs may use
// the fixture's users (one per role plus `target`, an editor nobody signs in as), all
// with the password FIXTURE_PASSWORD, and fresh unique values from fx.unique().
import type { Role } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";

export const FIXTURE_PASSWORD = "fixture-password-123";

export type ActionFixture = {
  /** The matrix's throwaway database (the same one `@/lib/db` points at during the test). */
  db: Db;
  users: Record<Role | "target", { id: string; email: string }>;
  /** A value no earlier call used (e.g. for unique emails). */
  unique: () => string;
  /** A fresh, unused set-password token for the target user. */
  passwordToken: () => Promise<string>;
};

export type ActionAccess = Role | "public";
type ActionCase = { access: ActionAccess; validInput: (fx: ActionFixture) => unknown | Promise<unknown> };
type ActionModule = { load: () => Promise<Record<string, unknown>>; actions: Record<string, ActionCase> };

export const ACTION_MODULES: Record<string, ActionModule> = {
  "lib/users/admin-actions.ts": {
    load: () => import("@/lib/users/admin-actions"),
    actions: {
      createUser: {
        access: "admin",
        validInput: (fx) => ({ setup: "link", email: `new-${fx.unique()}@example.test`, name: "New Person", role: "editor" }),
      },
      changeUserRole: { access: "admin", validInput: (fx) => ({ userId: fx.users.target.id, role: "moderator" }) },
      setUserDisabled: { access: "admin", validInput: (fx) => ({ userId: fx.users.target.id, disabled: true }) },
      createPasswordLink: { access: "admin", validInput: (fx) => ({ userId: fx.users.target.id }) },
    },
  },
  "lib/users/account-actions.ts": {
    load: () => import("@/lib/users/account-actions"),
    actions: {
      changeMyPassword: {
        access: "editor",
        validInput: () => ({ currentPassword: FIXTURE_PASSWORD, password: FIXTURE_PASSWORD, confirmPassword: FIXTURE_PASSWORD }),
      },
      setPasswordFromLink: {
        access: "public",
        validInput: async (fx) => ({ token: await fx.passwordToken(), password: FIXTURE_PASSWORD, confirmPassword: FIXTURE_PASSWORD }),
      },
    },
  },
  "lib/disputes/file-actions.ts": {
    load: () => import("@/lib/disputes/file-actions"),
    actions: {
      submitDispute: { access: "public", validInput: async (fx) => (await import("@/lib/disputes/matrix-fixtures")).submitDisputeInput(fx) },
    },
  },
  "lib/disputes/moderation-actions.ts": {
    load: () => import("@/lib/disputes/moderation-actions"),
    actions: {
      decideDispute: { access: "moderator", validInput: async (fx) => (await import("@/lib/disputes/matrix-fixtures")).decideDisputeInput(fx) },
      lockClaim: { access: "moderator", validInput: async (fx) => (await import("@/lib/disputes/matrix-fixtures")).lockClaimInput(fx) },
      unlockClaim: { access: "moderator", validInput: async (fx) => (await import("@/lib/disputes/matrix-fixtures")).unlockClaimInput(fx) },
    },
  },
  "lib/desk/article-actions.ts": {
    load: () => import("@/lib/desk/article-actions"),
    actions: {
      importArticle: {
        access: "editor",
        validInput: (fx) => ({ title: `Imported ${fx.unique()}`, outlet: "Matrix", body: "The mayor said the bridge opened on 3 May.", url: "https://example.test/a", publishedAt: "2025-11-26" }),
      },
      updateArticle: {
        access: "editor",
        validInput: async (fx) => {
          const { fixtureArticle } = await import("@/lib/desk/action-fixtures");
          const article = await fixtureArticle(fx.db, fx.unique());
          return { articleId: article.id, expectedUpdatedAt: article.updatedAt.toISOString(), title: "Edited", outlet: "Matrix", body: `${article.body} More text.` };
        },
      },
      dismissSuggestion: {
        access: "editor",
        validInput: async (fx) => {
          const { fixtureArticle } = await import("@/lib/desk/action-fixtures");
          return { articleId: (await fixtureArticle(fx.db, fx.unique())).id, key: "s123-10", quote: "Critics denied it." };
        },
      },
    },
  },
  "lib/desk/claim-actions.ts": {
    load: () => import("@/lib/desk/claim-actions"),
    actions: {
      createClaim: {
        access: "editor",
        validInput: async (fx) => {
          const { fixtureArticle } = await import("@/lib/desk/action-fixtures");
          const article = await fixtureArticle(fx.db, fx.unique());
          const quote = "Critics denied it.";
          const start = article.body.indexOf(quote);
          return { articleId: article.id, anchorStart: start, anchorEnd: start + quote.length, quote, text: "Critics denied the opening.", speakerName: `Critic ${fx.unique()}` };
        },
      },
      saveClaim: {
        access: "editor",
        validInput: async (fx) => {
          const { fixtureClaim } = await import("@/lib/desk/action-fixtures");
          const claim = await fixtureClaim(fx.db, fx.unique());
          return { claimId: claim.id, expectedVersion: claim.version, status: "confirmed", statusReason: "The gazette records it.", rationale: "Gazette." };
        },
      },
      reanchorClaim: {
        access: "editor",
        validInput: async (fx) => {
          const { fixtureClaim, FIXTURE_BODY } = await import("@/lib/desk/action-fixtures");
          const claim = await fixtureClaim(fx.db, fx.unique());
          return { claimId: claim.id, anchorStart: 0, anchorEnd: 12, quote: FIXTURE_BODY.slice(0, 12) };
        },
      },
      createSpeaker: { access: "editor", validInput: (fx) => ({ name: `New Speaker ${fx.unique()}` }) },
      addEvidence: {
        access: "editor",
        validInput: async (fx) => {
          const { fixtureClaim } = await import("@/lib/desk/action-fixtures");
          const claim = await fixtureClaim(fx.db, fx.unique());
          return { claimId: claim.id, kind: "document", stance: "supports", sourceName: "Gazette", url: "https://example.test/g" };
        },
      },
      updateEvidence: {
        access: "editor",
        validInput: async (fx) => {
          const { fixtureEvidence } = await import("@/lib/desk/action-fixtures");
          return { evidenceId: (await fixtureEvidence(fx.db, fx.unique())).id, kind: "data", stance: "context", sourceName: "Statistics office" };
        },
      },
      removeEvidence: {
        access: "editor",
        validInput: async (fx) => {
          const { fixtureEvidence } = await import("@/lib/desk/action-fixtures");
          return { evidenceId: (await fixtureEvidence(fx.db, fx.unique())).id };
        },
      },
      addLink: {
        access: "editor",
        validInput: async (fx) => {
          const { fixtureClaim } = await import("@/lib/desk/action-fixtures");
          const [a, b] = [await fixtureClaim(fx.db, fx.unique()), await fixtureClaim(fx.db, fx.unique())];
          return { fromClaimId: a.id, toClaimId: b.id, type: "contradicts" };
        },
      },
      removeLink: {
        access: "editor",
        validInput: async (fx) => {
          const { fixtureLink } = await import("@/lib/desk/action-fixtures");
          return { linkId: (await fixtureLink(fx.db, fx.unique())).id };
        },
      },
      // An empty query answers without touching the search index (which differs per database).
      findClaimsToLink: { access: "editor", validInput: () => ({ q: "" }) },
    },
  },
};

type RouteMethod = "POST" | "PUT" | "PATCH" | "DELETE";
export type RouteHandlerEntry =
  | { access: "public"; reason: string }
  | {
      access: Role;
      load: () => Promise<Record<string, unknown>>;
      /** A valid request per mutating method, and the route's params if it has any. */
      requests: Partial<Record<RouteMethod, (fx: ActionFixture) => { request: Request; params?: Record<string, string> }>>;
    };

export const ROUTE_HANDLERS: Record<string, RouteHandlerEntry> = {
  "app/api/auth/[...nextauth]/route.ts": {
    access: "public",
    reason: "next-auth's own sign-in/sign-out endpoints, guarded by its CSRF token and the login limiter.",
  },
};
