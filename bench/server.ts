// Starts the production server on a benchmark database and tracks what it uses: peak
// RSS of the server's whole process tree, sampled every 100 ms, and its CPU time (the
// load generator shares the machine, so throughput alone also measures the client).
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";

const NEXT_BIN = "node_modules/next/dist/bin/next";

export type BenchServer = {
  baseUrl: string;
  /** Peak RSS (MiB) since the last call, then starts a new measurement window. */
  takePeakRssMiB(): number;
  /** CPU time (ms, user + system) the server used since the last call. */
  takeCpuMs(): number;
  stop(): Promise<void>;
};

function processTable(): [number, number, number][] {
  return execFileSync("ps", ["-e", "-o", "pid=,ppid=,rss="], { encoding: "utf8" })
    .trim()
    .split("\n")
    .map((line) => line.trim().split(/\s+/).map(Number) as [number, number, number]);
}

function treePids(rootPid: number, rows = processTable()): Set<number> {
  const inTree = new Set([rootPid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, ppid] of rows) {
      if (inTree.has(ppid) && !inTree.has(pid)) {
        inTree.add(pid);
        grew = true;
      }
    }
  }
  return inTree;
}

function treeRssKiB(rootPid: number): number {
  const rows = processTable();
  const inTree = treePids(rootPid, rows);
  return rows.filter(([pid]) => inTree.has(pid)).reduce((sum, [, , rss]) => sum + rss, 0);
}

// utime + stime from /proc/<pid>/stat, in clock ticks (100 per second on Linux).
const MS_PER_TICK = 10;
function treeCpuMs(rootPid: number): number {
  let ticks = 0;
  for (const pid of treePids(rootPid)) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks += Number(fields[11]) + Number(fields[12]); // fields 14 and 15 of stat(5)
    } catch {
      // the process ended
    }
  }
  return ticks * MS_PER_TICK;
}

export async function startServer(databaseUrl: string, port: number, secret: string, extraEnv: Record<string, string> = {}): Promise<BenchServer> {
  const baseUrl = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(port)], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      NEXTAUTH_URL: baseUrl,
      NEXTAUTH_SECRET: secret,
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
      ...extraEnv,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server exited with code ${child.exitCode} during start-up.`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error("The server did not become healthy within 60 s.");
    await new Promise((r) => setTimeout(r, 250));
  }
  let peak = 0;
  let cpuMark = treeCpuMs(child.pid!);
  const sampler = setInterval(() => {
    try {
      peak = Math.max(peak, treeRssKiB(child.pid!));
    } catch {
      // the process may be exiting
    }
  }, 100);
  return {
    baseUrl,
    takeCpuMs() {
      const now = treeCpuMs(child.pid!);
      const used = now - cpuMark;
      cpuMark = now;
      return used;
    },
    takePeakRssMiB() {
      const value = Math.max(peak, treeRssKiB(child.pid!));
      peak = 0;
      return Math.round(value / 1024);
    },
    async stop() {
      clearInterval(sampler);
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
    },
  };
}
