// A labelled textarea with hint and error wired like components/forms/field.tsx.
import { FieldError, inputClass } from "@/components/forms/field";

type Props = React.TextareaHTMLAttributes<HTMLTextAreaElement> & { id: string; label: string; hint?: string; errors?: string[] };

export function TextareaField({ id, label, hint, errors, ...textarea }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="text-sm text-stone-700">
          {hint}
        </p>
      )}
      <textarea
        id={id}
        className={inputClass}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        {...textarea}
      />
      <FieldError id={errorId} errors={errors} />
    </div>
  );
}
