"use client";
// The article body in the workspace: claims highlighted (status in words and icon),
// suggestions underlined, and any span selectable to create a claim there.
import { useRef } from "react";
import { segmentBody } from "@/lib/articles/highlight";
import { STATUS_INFO, type ClaimStatus } from "@/lib/claims/status";
import { STATUS_STYLES } from "@/components/claims/status-badge";
import { cn } from "@/lib/utils";
import { readBodySelection, type BodySelection } from "./body-selection";

type Mark = { id: string; start: number; end: number; kind: "claim" | "suggestion"; status?: ClaimStatus; label: string };

export function AnnotatedBody(props: {
  body: string;
  marks: Mark[];
  selectedId: string | null;
  onSelectMark: (mark: Mark) => void;
  onSelectText: (selection: BodySelection | null) => void;
}) {
  const root = useRef<HTMLDivElement>(null);
  const lines: { text: string; offset: number }[] = [];
  let offset = 0;
  for (const text of props.body.split("\n")) {
    lines.push({ text, offset });
    offset += text.length + 1;
  }
  const capture = () => {
    if (root.current) props.onSelectText(readBodySelection(root.current, props.body));
  };
  return (
    <div
      ref={root}
      onMouseUp={capture}
      onKeyUp={(e) => e.shiftKey && capture()}
      className="space-y-4 font-serif text-lg leading-relaxed"
      data-testid="article-body"
    >
      {lines
        .filter((line) => line.text.trim() !== "")
        .map((line) => {
          const inside = props.marks
            .filter((m) => m.end > line.offset && m.start < line.offset + line.text.length)
            .map((m) => ({ ...m, start: Math.max(m.start, line.offset) - line.offset, end: Math.min(m.end, line.offset + line.text.length) - line.offset }));
          let cursor = line.offset;
          return (
            <p key={line.offset}>
              {segmentBody(line.text, inside).map((segment) => {
                const at = cursor;
                cursor += segment.text.length;
                const piece = <span data-offset={at}>{segment.text}</span>;
                const mark = segment.claim;
                if (!mark) return <span key={at}>{piece}</span>;
                const original = props.marks.find((m) => m.id === mark.id)!;
                return (
                  <mark
                    key={at}
                    data-mark={mark.kind}
                    data-mark-id={mark.id}
                    data-claim-id={mark.kind === "claim" ? mark.id : undefined}
                    onClick={() => {
                      if (window.getSelection()?.isCollapsed !== false) props.onSelectMark(original);
                    }}
                    className={cn(
                      "cursor-pointer rounded-sm px-0.5 text-inherit",
                      mark.kind === "claim" && mark.status ? cn("border-b-2", STATUS_STYLES[mark.status]) : "bg-transparent underline decoration-sky-700 decoration-dotted decoration-2 underline-offset-4",
                      props.selectedId === mark.id && "ring-2 ring-blue-700",
                    )}
                  >
                    {mark.kind === "claim" && mark.status && (
                      <span aria-hidden="true" className="mr-0.5 select-none font-sans text-sm font-bold">
                        {STATUS_INFO[mark.status].icon}
                      </span>
                    )}
                    {piece}
                    <span className="sr-only"> ({mark.label})</span>
                  </mark>
                );
              })}
            </p>
          );
        })}
    </div>
  );
}
