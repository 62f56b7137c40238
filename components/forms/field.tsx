// Form primitives: every control has a label, and its error is tied to it with
// aria-describedby and aria-invalid so screen readers announce it with the field.
import { cn } from "@/lib/utils";

export const inputClass =
  "block w-full rounded border border-stone-400 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700";
export const buttonClass =
  "inline-flex items-center justify-center rounded bg-stone-900 px-4 py-2 text-sm font-semibold text-white hover:bg-stone-700 disabled:opacity-60";
export const secondaryButtonClass =
  "inline-flex items-center justify-center rounded border border-stone-500 bg-white px-3 py-1.5 text-sm font-medium hover:bg-stone-100 disabled:opacity-60";

type Labelled = { id: string; label: string; hint?: string; errors?: string[] };
type ControlAria = { id: string; className: string; "aria-invalid"?: true; "aria-describedby"?: string };

/** Label, hint, control and error, with the hint and error tied to the control. */
function LabelledControl({ id, label, hint, errors, className, control }: Labelled & { className?: string; control: (aria: ControlAria) => React.ReactNode }) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div className={cn("space-y-1", className)}>
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="text-sm text-stone-700">
          {hint}
        </p>
      )}
      {control({
        id,
        className: inputClass,
        "aria-invalid": errorId ? true : undefined,
        "aria-describedby": [hintId, errorId].filter(Boolean).join(" ") || undefined,
      })}
      <FieldError id={errorId} errors={errors} />
    </div>
  );
}

export function Field({ id, label, hint, errors, className, ...input }: React.InputHTMLAttributes<HTMLInputElement> & Labelled) {
  return <LabelledControl id={id} label={label} hint={hint} errors={errors} className={className} control={(aria) => <input {...aria} {...input} />} />;
}

export function TextareaField({ id, label, hint, errors, className, ...textarea }: React.TextareaHTMLAttributes<HTMLTextAreaElement> & Labelled) {
  return (
    <LabelledControl id={id} label={label} hint={hint} errors={errors} className={className} control={(aria) => <textarea {...aria} {...textarea} />} />
  );
}

export function FieldError({ id, errors }: { id?: string; errors?: string[] }) {
  if (!id || !errors?.length) return null;
  return (
    <p id={id} className="text-sm font-medium text-red-800">
      <span aria-hidden="true">⚠ </span>
      {errors.join(" ")}
    </p>
  );
}

/** A form-level message: an alert for errors, a polite status for success. */
export function FormMessage({ kind, children, id }: { kind: "error" | "success"; children: React.ReactNode; id?: string }) {
  return (
    <div
      id={id}
      role={kind === "error" ? "alert" : "status"}
      className={cn(
        "rounded border px-3 py-2 text-sm",
        kind === "error" ? "border-red-700 bg-red-50 text-red-900" : "border-green-700 bg-green-50 text-green-900",
      )}
    >
      <span aria-hidden="true">{kind === "error" ? "⚠ " : "✓ "}</span>
      {children}
    </div>
  );
}
