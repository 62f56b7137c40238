"use server";
// Editor-desk actions on claims. Each checks the caller's role (authorizedAction),
// validates with the shared schema and writes through a service that records who/why.
// Nothing here refreshes pages: the workspace refreshes itself after each action (so the
// action's answer stays small and fast), and the public page cache sees every write
// through the database's content version (lib/page-cache).
import { db } from "@/lib/db";
import { authorizedAction } from "@/lib/actions/action";
import { claimUpdateSchema } from "@/lib/claims/schemas";
import { updateClaim } from "@/lib/claims/service";
import { search } from "@/lib/search";
import * as desk from "./claim-service";
import { findOrCreateSpeaker } from "./speakers";
import {
  addEvidenceSchema, addLinkSchema, createClaimSchema, createSpeakerSchema, findClaimsSchema, reanchorClaimSchema,
  removeEvidenceSchema, removeLinkSchema, updateEvidenceSchema,
} from "./schemas";

export const createClaim = authorizedAction("editor", createClaimSchema, (input, user) => desk.createClaim(db, input, user));

export const saveClaim = authorizedAction("editor", claimUpdateSchema, (input, user) => updateClaim(db, input, user));

export const reanchorClaim = authorizedAction("editor", reanchorClaimSchema, (input, user) => desk.reanchorClaim(db, input, user));

export const createSpeaker = authorizedAction("editor", createSpeakerSchema, async (input) => {
  const speaker = await findOrCreateSpeaker(db, input.name, input.description);
  return { id: speaker.id, slug: speaker.slug, name: input.name };
});

export const addEvidence = authorizedAction("editor", addEvidenceSchema, ({ claimId, ...fields }, user) => desk.addEvidence(db, claimId, fields, user));

export const updateEvidence = authorizedAction("editor", updateEvidenceSchema, async ({ evidenceId, ...fields }, user) => {
  await desk.updateEvidence(db, evidenceId, fields, user);
  return { evidenceId };
});

export const removeEvidence = authorizedAction("editor", removeEvidenceSchema, async ({ evidenceId }, user) => {
  await desk.removeEvidence(db, evidenceId, user);
  return { evidenceId };
});

export const addLink = authorizedAction("editor", addLinkSchema, (input, user) => desk.addLink(db, input, user));

export const removeLink = authorizedAction("editor", removeLinkSchema, async ({ linkId }, user) => {
  await desk.removeLink(db, linkId, user);
  return { linkId };
});

/** Claims in any article matching words of their text, quote or speaker's name (for linking). */
export const findClaimsToLink = authorizedAction("editor", findClaimsSchema, async ({ q, excludeClaimId }) => {
  const result = await search({ q, page: 1, speaker: undefined, article: undefined });
  return result.hits
    .filter((hit) => hit.id !== excludeClaimId)
    .map((hit) => ({ id: hit.id, text: hit.text, status: hit.status, speaker: hit.speaker.name, article: hit.article.title }));
});
