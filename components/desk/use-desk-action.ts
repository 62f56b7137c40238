"use client";
// Runs a desk action from an event handler (not a <form action>, which React resets
// after every submission: a refused save must leave what the editor typed in place).
import { useCallback, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/action";

const OFFLINE: ActionResult<never> = { ok: false, code: "server", error: "Could not reach the server. Check your connection and try again." };

export function useDeskAction<I, T>(action: (input: I) => Promise<ActionResult<T>>) {
  const [result, setResult] = useState<ActionResult<T> | null>(null);
  const [pending, startTransition] = useTransition();
  const run = useCallback(
    (input: I) =>
      new Promise<ActionResult<T>>((resolve) => {
        startTransition(async () => {
          let outcome: ActionResult<T>;
          try {
            outcome = await action(input);
          } catch {
            outcome = OFFLINE;
          }
          setResult(outcome);
          resolve(outcome);
        });
      }),
    [action],
  );
  return { result, pending, run, clear: () => setResult(null) };
}
