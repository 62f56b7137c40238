// Refreshing the pages a dispute appears on, after its transaction has committed.
// Calling revalidatePath in a server action makes Next send the current page, re-rendered,
// with the action's answer: the reader's claim page shows the dispute just filed, the
// moderation queue drops the one just decided. (The public page cache needs nothing
// from here: it notices every write through the database's content version.)
import { revalidatePath } from "next/cache";

export function disputePaths(change: { ref?: string; claimId?: string }): string[] {
  return [
    "/moderation",
    "/desk/disputes",
    ...(change.ref ? [`/disputes/${change.ref}`] : []),
    ...(change.claimId ? [`/claims/${change.claimId}`] : []),
  ];
}

export function revalidateDispute(change: { ref?: string; claimId?: string }): void {
  for (const path of disputePaths(change)) {
    try {
      revalidatePath(path);
    } catch (error) {
      // Outside a request (a script or a test) there is nothing to invalidate.
      if (error instanceof Error && /static generation store missing/.test(error.message)) return;
      throw error;
    }
  }
}
