"use server";
// Editor-desk actions on articles: import, edit (with anchor re-finding), dismiss a suggestion.
// As in claim-actions.ts, the workspace refreshes itself; the page cache sees the writes.
import { db } from "@/lib/db";
import { authorizedAction } from "@/lib/actions/action";
import { importArticle as importArticleService } from "./import-service";
import { updateArticle as updateArticleService } from "./article-service";
import { dismissSuggestion as dismissSuggestionService } from "./suggestion-service";
import { dismissSuggestionSchema, importArticleSchema, updateArticleSchema } from "./schemas";

export const importArticle = authorizedAction("editor", importArticleSchema, async (input, user) => {
  const { article, suggestions } = await importArticleService(db, input, user.id);
  return { id: article.id, slug: article.slug, suggestions: suggestions.length };
});

export const updateArticle = authorizedAction("editor", updateArticleSchema, async (input, user) => {
  const result = await updateArticleService(db, input, user.id);
  return { slug: result.slug, moved: result.moved, lost: result.lost };
});

export const dismissSuggestion = authorizedAction("editor", dismissSuggestionSchema, async (input, user) =>
  dismissSuggestionService(db, input, user.id),
);
