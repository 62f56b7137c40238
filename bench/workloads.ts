// Workloads that need more than a GET: editor writes and dispute submissions. They
// join the run once those features expose their endpoints; each may verify the
// database afterwards (e.g. no lost updates).
import type { LoadSpec, LoadResult } from "./load";

export type ExtraWorkload = Omit<LoadSpec, "baseUrl" | "seconds"> & { verify?: (result: LoadResult) => Promise<void> };

export type WorkloadContext = { baseUrl: string; databaseUrl: string };

export async function extraWorkloads(context: WorkloadContext): Promise<ExtraWorkload[]> {
  void context;
  return [];
}
