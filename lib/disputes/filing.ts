// Filing a reader's dispute, with the abuse checks that need no third-party service.
// Checked in this order, each refusal saying what happened and writing nothing:
//   1. honeypot  — a field hidden from people was filled in (a form-filling bot);
//   2. time      — the signed form token is forged, too fresh (bots post at once) or stale;
//   3. identity  — anonymous readers give a name and an email (kept private);
//   4. claim     — it exists and the proposed status differs from the current one;
//   5. rate      — at most N disputes per client address per window;
//   6. duplicate — one unresolved dispute per email and claim.
import type { Db } from "@/lib/db/client";
import { ConflictError, DomainError, InvalidInputError, isUniqueViolation, NotFoundError } from "@/lib/actions/errors";
import { STATUS_INFO } from "@/lib/claims/status";
import { checkFormToken } from "@/lib/disputes/form-token";
import { newDisputeRef } from "@/lib/disputes/ref";
import { describeDuration, type SubmissionLimiter } from "@/lib/disputes/rate-limit";
import { disputeEmailSchema, disputeNameSchema, HONEYPOT_FIELD, type FileDisputeInput } from "@/lib/disputes/schemas";
import { UNRESOLVED_STATES } from "@/lib/disputes/state-machine";

export type RefusalReason = "honeypot" | "bad_token" | "too_fast" | "expired" | "rate_limited" | "duplicate";

/** A dispute refused by an abuse check; the message tells the person why and what to do. */
export class DisputeRefusedError extends DomainError {
  constructor(
    readonly reason: RefusalReason,
    message: string,
  ) {
    super(reason === "rate_limited" || reason === "duplicate" ? "conflict" : "invalid", message);
    this.name = "DisputeRefusedError";
  }
}

export type FilingContext = {
  /** The signed-in user, who files with their account's name and email. */
  user: { id: string; name: string; email: string } | null;
  /** The client's address, or null when unknown (then only the other checks apply). */
  address: string | null;
  limiter: SubmissionLimiter;
  limits: { minSeconds: number; maxAgeSeconds: number; rateLimit: number; rateWindowSeconds: number };
  now?: number;
  tokenKey?: Buffer;
};

export type FiledDispute = { ref: string; claimId: string; articleSlug: string; speakerSlug: string };

export async function fileDispute(db: Db, input: FileDisputeInput, ctx: FilingContext): Promise<FiledDispute> {
  const now = ctx.now ?? Date.now();

  if (input[HONEYPOT_FIELD].trim() !== "") {
    throw new DisputeRefusedError(
      "honeypot",
      "Your dispute was not sent: a field that is hidden from people and must stay empty was filled in, which is what automatic form-fillers do. If you are a person, reload the page and send the form again (turn off autofill for this site if it keeps happening).",
    );
  }

  const token = checkFormToken(input.formToken, input.claimId, ctx.limits, now, ctx.tokenKey);
  if (!token.ok) {
    if (token.reason === "too_fast") {
      throw new DisputeRefusedError(
        "too_fast",
        `That was faster than a person can read the claim and write a reason, so we took it for an automated submission. Please wait ${describeDuration(token.waitSeconds)} and send it again; your text is still in the form.`,
      );
    }
    if (token.reason === "expired") {
      throw new DisputeRefusedError(
        "expired",
        `This form was loaded more than ${describeDuration(ctx.limits.maxAgeSeconds)} ago. Copy your text, reload the page and send it again.`,
      );
    }
    throw new DisputeRefusedError("bad_token", "This form is missing its security check or it was altered. Reload the page and send it again.");
  }

  const submitter = ctx.user ? { name: ctx.user.name, email: ctx.user.email.toLowerCase() } : anonymousSubmitter(input);

  const claim = await db.claim.findUnique({
    where: { id: input.claimId },
    select: { status: true, article: { select: { slug: true } }, speaker: { select: { slug: true } } },
  });
  if (!claim) throw new NotFoundError("That claim no longer exists.");
  if (claim.status === input.proposedStatus) {
    throw new InvalidInputError("The claim already has that status.", {
      proposedStatus: [`The claim is already “${STATUS_INFO[claim.status].label}”. Choose the status you think is right instead.`],
    });
  }

  const slot = ctx.address ? ctx.limiter.take(`address:${ctx.address}`, now) : null;
  if (slot && !slot.allowed) {
    throw new DisputeRefusedError(
      "rate_limited",
      `Too many disputes have been sent from your network recently (the limit is ${ctx.limits.rateLimit} per ${describeDuration(ctx.limits.rateWindowSeconds)}). Please try again in ${describeDuration(slot.retryAfterSeconds)}.`,
    );
  }
  const duplicate = () =>
    new DisputeRefusedError(
      "duplicate",
      "You already have a dispute on this claim waiting for a decision. You can file another once it has been decided; follow it with the reference you were given.",
    );
  const hasUnresolved = async (client: Pick<Db, "dispute">) =>
    Boolean(await client.dispute.findFirst({ where: { claimId: input.claimId, submitterEmail: submitter.email, state: { in: UNRESOLVED_STATES } }, select: { id: true } }));
  const insert = (ref: string) =>
    db.$transaction(async (tx) => {
      if (await hasUnresolved(tx)) throw duplicate();
      await tx.dispute.create({
        data: {
          ref,
          claimId: input.claimId,
          submitterUserId: ctx.user?.id ?? null,
          submitterName: submitter.name,
          submitterEmail: submitter.email,
          proposedStatus: input.proposedStatus,
          reason: input.reason,
          evidenceUrl: input.evidenceUrl ?? null,
        },
      });
      return { ref, claimId: input.claimId, articleSlug: claim.article.slug, speakerSlug: claim.speaker.slug };
    });

  try {
    for (let attempt = 1; ; attempt++) {
      try {
        return await insert(newDisputeRef());
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        // The same submission racing this one got in first (the unique index on
        // unresolved disputes); otherwise a reference collision (50 random bits): draw again.
        if (await hasUnresolved(db)) throw duplicate();
        if (attempt >= 3) throw error;
      }
    }
  } catch (error) {
    if (slot?.allowed) slot.release();
    if (isUniqueViolation(error)) throw new ConflictError("Your dispute could not be saved just now. Please send it again.");
    throw error;
  }
}

function anonymousSubmitter(input: FileDisputeInput): { name: string; email: string } {
  const name = disputeNameSchema.safeParse(input.name ?? "");
  const email = disputeEmailSchema.safeParse(input.email ?? "");
  if (name.success && email.success) return { name: name.data, email: email.data };
  throw new InvalidInputError("Please correct the highlighted fields.", {
    ...(!name.success && { name: name.error.issues.map((i) => i.message) }),
    ...(!email.success && { email: [input.email ? email.error.issues[0]!.message : "Enter your email address. It is never shown or published."] }),
  });
}
