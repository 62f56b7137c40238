"use server";
// Editor-desk actions on claims. Each checks the caller's role (authorizedAction),
// validates with the shared schema, writes through a service that records who/why,
// then refreshes the public pages that show the claim.
import { db } from "@/lib/db";
import { authorizedAction } from "@/lib/actions/action";
import { revalidatePublicClaim } from "@/lib/public-cache";
import { claimUpdateSchema } from "@/lib/claims/schemas";
import { updateClaim } from "@/lib/claims/service";
import { search } from "@/lib/search";
import * as desk from "./claim-service";
import { findOrCreateSpeaker } from "./speakers";
import {
  addEvidenceSchema, addLinkSchema, createClaimSchema, createSpeakerSchema, findClaimsSchema, reanchorClaimSchema,
  removeEvidenceSchema, removeLinkSchema, updateEvidenceSchema,
} from "./schemas";

export const createClaim = authorizedAction("editor", createClaimSchema, async (input, user) => {
  const refs = await desk.createClaim(db, input, user);
  revalidatePublicClaim(refs);
  return { claimId: refs.claimId };
});

export const saveClaim = authorizedAction("editor", claimUpdateSchema, async (input, user) => {
  const before = await db.claim.findUnique({ where: { id: input.claimId }, select: { speaker: { select: { slug: true } } } });
  const result = await updateClaim(db, input, user);
  const after = await db.claim.findUniqueOrThrow({
    where: { id: input.claimId },
    select: { article: { select: { slug: true } }, speaker: { select: { slug: true } } },
  });
  revalidatePublicClaim({ claimId: input.claimId, articleSlug: after.article.slug, speakerSlug: after.speaker.slug });
  if (before && before.speaker.slug !== after.speaker.slug) revalidatePublicClaim({ speakerSlug: before.speaker.slug });
  return result;
});

export const reanchorClaim = authorizedAction("editor", reanchorClaimSchema, async (input, user) => {
  const refs = await desk.reanchorClaim(db, input, user);
  revalidatePublicClaim(refs);
  return { claimId: refs.claimId };
});

export const createSpeaker = authorizedAction("editor", createSpeakerSchema, async (input) => {
  const speaker = await findOrCreateSpeaker(db, input.name, input.description);
  revalidatePublicClaim({ speakerSlug: speaker.slug });
  return { id: speaker.id, slug: speaker.slug, name: input.name };
});

export const addEvidence = authorizedAction("editor", addEvidenceSchema, async ({ claimId, ...fields }, user) => {
  const refs = await desk.addEvidence(db, claimId, fields, user);
  revalidatePublicClaim(refs);
  return { evidenceId: refs.evidenceId };
});

export const updateEvidence = authorizedAction("editor", updateEvidenceSchema, async ({ evidenceId, ...fields }, user) => {
  revalidatePublicClaim(await desk.updateEvidence(db, evidenceId, fields, user));
  return { evidenceId };
});

export const removeEvidence = authorizedAction("editor", removeEvidenceSchema, async ({ evidenceId }, user) => {
  revalidatePublicClaim(await desk.removeEvidence(db, evidenceId, user));
  return { evidenceId };
});

export const addLink = authorizedAction("editor", addLinkSchema, async (input, user) => {
  const result = await desk.addLink(db, input, user);
  revalidatePublicClaim(result);
  revalidatePublicClaim({ claimId: result.otherClaimId, articleSlug: result.otherArticleSlug });
  return { linkId: result.linkId };
});

export const removeLink = authorizedAction("editor", removeLinkSchema, async ({ linkId }, user) => {
  const result = await desk.removeLink(db, linkId, user);
  revalidatePublicClaim(result);
  revalidatePublicClaim({ claimId: result.otherClaimId });
  return { linkId };
});

/** Claims in any article matching words of their text, quote or speaker's name (for linking). */
export const findClaimsToLink = authorizedAction("editor", findClaimsSchema, async ({ q, excludeClaimId }) => {
  const result = await search({ q, page: 1, speaker: undefined, article: undefined });
  return result.hits
    .filter((hit) => hit.id !== excludeClaimId)
    .map((hit) => ({ id: hit.id, text: hit.text, status: hit.status, speaker: hit.speaker.name, article: hit.article.title }));
});
