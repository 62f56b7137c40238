// Editor-desk writes around claims: creating a claim at an anchor, re-anchoring a
// claim whose words were lost, and its evidence and links. Claim field edits go
// through updateClaim (lib/claims/service.ts: optimistic concurrency + history).
// Locked claims refuse editors here too (ClaimLockedError).
import type { Db } from "@/lib/db/client";
import { ConflictError, InvalidInputError, isUniqueViolation, NotFoundError } from "@/lib/actions/errors";
import { anchorAt } from "@/lib/claims/anchor";
import { ClaimLockedError, type Actor } from "@/lib/claims/service";
import type { LinkType } from "@/lib/claims/links";
import { findOrCreateSpeaker } from "./speakers";
import type { CreateClaimInput } from "./schemas";
import type { z } from "zod";
import type { evidenceFieldsSchema } from "./schemas";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
export const INITIAL_REASON = "Logged from the article.";

function checkAnchor(body: string, start: number, end: number, quote: string) {
  if (end > body.length || start >= end || body.slice(start, end) !== quote) {
    throw new ConflictError("The article text changed since you selected those words. Reload the article and select them again.", {
      quote: ["The selected words are no longer at that place in the article."],
    });
  }
}

/** A new claim anchored at [anchorStart, anchorEnd), logged unverified with its first history entry. */
export async function createClaim(db: Db, input: CreateClaimInput, actor: Actor): Promise<{ claimId: string }> {
  return db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id: input.articleId }, select: { body: true } });
    if (!article) throw new NotFoundError("That article no longer exists.");
    checkAnchor(article.body, input.anchorStart, input.anchorEnd, input.quote);
    const speaker = input.speakerId
      ? await tx.speaker.findUnique({ where: { id: input.speakerId }, select: { id: true } })
      : await findOrCreateSpeaker(tx, input.speakerName!);
    if (!speaker) throw new InvalidInputError("That speaker no longer exists.", { speakerId: ["Pick another speaker."] });
    const claim = await tx.claim.create({
      data: {
        articleId: input.articleId,
        speakerId: speaker.id,
        speakerRole: input.speakerRole,
        text: input.text,
        ...anchorAt(article.body, input.anchorStart, input.anchorEnd),
        statedAt: input.statedAt,
        status: "unverified",
        createdById: actor.id,
        updatedById: actor.id,
        statusChanges: { create: { fromStatus: null, toStatus: "unverified", reason: INITIAL_REASON, actorId: actor.id } },
      },
      select: { id: true },
    });
    return { claimId: claim.id };
  });
}

async function editableClaim(tx: Tx | Db, claimId: string, actor: Actor) {
  const claim = await tx.claim.findUnique({
    where: { id: claimId },
    select: { id: true, articleId: true, lockedAt: true, lockReason: true },
  });
  if (!claim) throw new NotFoundError("That claim no longer exists.");
  if (claim.lockedAt && actor.role === "editor") throw new ClaimLockedError(claim.lockReason);
  return claim;
}

/** Puts a claim (typically one whose words were lost in a body edit) on newly selected words. */
export async function reanchorClaim(db: Db, input: { claimId: string; anchorStart: number; anchorEnd: number; quote: string }, actor: Actor) {
  return db.$transaction(async (tx) => {
    const claim = await editableClaim(tx, input.claimId, actor);
    const { body } = await tx.article.findUniqueOrThrow({ where: { id: claim.articleId }, select: { body: true } });
    checkAnchor(body, input.anchorStart, input.anchorEnd, input.quote);
    await tx.claim.update({
      where: { id: claim.id },
      data: { ...anchorAt(body, input.anchorStart, input.anchorEnd), anchorLost: false, updatedById: actor.id },
    });
    return { claimId: claim.id };
  });
}

type EvidenceFields = z.output<typeof evidenceFieldsSchema>;

export async function addEvidence(db: Db, claimId: string, fields: EvidenceFields, actor: Actor) {
  await editableClaim(db, claimId, actor);
  const row = await db.evidence.create({ data: { ...fields, claimId, addedById: actor.id }, select: { id: true } });
  return { evidenceId: row.id };
}

async function evidenceClaim(db: Db, evidenceId: string, actor: Actor) {
  const evidence = await db.evidence.findUnique({ where: { id: evidenceId }, select: { claimId: true } });
  if (!evidence) throw new NotFoundError("That evidence was already removed.");
  return editableClaim(db, evidence.claimId, actor);
}

export async function updateEvidence(db: Db, evidenceId: string, fields: EvidenceFields, actor: Actor) {
  await evidenceClaim(db, evidenceId, actor);
  await db.evidence.update({ where: { id: evidenceId }, data: fields });
}

export async function removeEvidence(db: Db, evidenceId: string, actor: Actor) {
  await evidenceClaim(db, evidenceId, actor);
  await db.evidence.deleteMany({ where: { id: evidenceId } });
}

export async function addLink(db: Db, input: { fromClaimId: string; toClaimId: string; type: LinkType; note: string }, actor: Actor) {
  await editableClaim(db, input.fromClaimId, actor);
  const target = await db.claim.findUnique({ where: { id: input.toClaimId }, select: { id: true } });
  if (!target) throw new InvalidInputError("The claim to link to no longer exists.", { toClaimId: ["Choose another claim."] });
  try {
    const link = await db.claimLink.create({ data: { ...input, createdById: actor.id }, select: { id: true } });
    return { linkId: link.id };
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError("These claims are already linked that way.");
    throw error;
  }
}

export async function removeLink(db: Db, linkId: string, actor: Actor) {
  const link = await db.claimLink.findUnique({ where: { id: linkId }, select: { fromClaimId: true } });
  if (!link) throw new NotFoundError("That link was already removed.");
  await editableClaim(db, link.fromClaimId, actor);
  await db.claimLink.deleteMany({ where: { id: linkId } });
}
