// Refreshing the pages a dispute appears on, after its transaction has committed.
import { revalidatePath } from "next/cache";
import { revalidatePublicClaim, type PublicClaimChange } from "@/lib/public-cache";

export function revalidateDispute(change: PublicClaimChange & { ref?: string }): void {
  revalidatePublicClaim(change);
  for (const path of ["/moderation", "/desk/disputes", ...(change.ref ? [`/disputes/${change.ref}`] : [])]) {
    try {
      revalidatePath(path);
    } catch (error) {
      // Outside a request (a script or a test) there is nothing to invalidate.
      if (error instanceof Error && /static generation store missing/.test(error.message)) return;
      throw error;
    }
  }
}
