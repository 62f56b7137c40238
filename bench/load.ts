// One load workload with autocannon: fixed connections for a fixed time, request
// paths drawn from a list. Latency percentiles are computed from every response time
// (autocannon's own summary has no p95).
import autocannon from "autocannon";

export type LoadSpec = {
  name: string;
  baseUrl: string;
  paths: string[];
  connections: number;
  seconds: number;
  /** Requests per second across all connections; as fast as possible when unset. */
  overallRate?: number;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  /** Builds each request (POST workloads): its path, body and extra headers. */
  next?: () => { path: string; body: string; headers?: Record<string, string> };
  /** Judges a response body; a false answer counts as an error (e.g. an action's ok:false). */
  accept?: (body: string) => boolean;
};

export type LoadResult = {
  name: string;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
};

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! * 10) / 10;
}

export function runLoad(spec: LoadSpec): Promise<LoadResult> {
  const times: number[] = [];
  let next = 0;
  let refused = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: spec.baseUrl,
        connections: spec.connections,
        duration: spec.seconds,
        ...(spec.overallRate ? { overallRate: spec.overallRate } : {}),
        method: spec.method ?? "GET",
        headers: spec.headers,
        requests: [
          {
            setupRequest: (request) => {
              if (spec.next) {
                const built = spec.next();
                request.path = built.path;
                request.body = built.body;
                request.headers = { ...request.headers, ...built.headers };
              } else {
                request.path = spec.paths[next++ % spec.paths.length]!;
              }
              return request;
            },
            onResponse: (_status, body) => {
              if (spec.accept && !spec.accept(body)) refused++;
            },
          },
        ],
      },
      (error, result) => {
        if (error) return reject(error);
        times.sort((a, b) => a - b);
        resolve({
          name: spec.name,
          requests: result.requests.total,
          rps: Math.round(result.requests.total / spec.seconds),
          p50: percentile(times, 50),
          p95: percentile(times, 95),
          p99: percentile(times, 99),
          errors: result.errors + result.timeouts + refused,
          non2xx: result.non2xx,
        });
      },
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
}
