"use client";
// Pick an existing speaker or type a new one's name; with the role the article gives them.
import { useId } from "react";
import { FieldError, inputClass } from "@/components/forms/field";

export type SpeakerValue = { speakerId: string; speakerName: string; speakerRole: string };
export const NEW_SPEAKER = "__new__";

export function SpeakerPicker(props: {
  speakers: { id: string; name: string }[];
  value: SpeakerValue;
  onChange: (value: SpeakerValue) => void;
  errors?: string[];
  disabled?: boolean;
}) {
  const id = useId();
  const { value } = props;
  const isNew = value.speakerId === NEW_SPEAKER || value.speakerId === "";
  return (
    <div className="space-y-2">
      <div className="space-y-1">
        <label htmlFor={`${id}-speaker`} className="block text-sm font-semibold">
          Speaker
        </label>
        <select
          id={`${id}-speaker`}
          className={inputClass}
          value={isNew ? NEW_SPEAKER : value.speakerId}
          disabled={props.disabled}
          onChange={(e) => props.onChange({ ...value, speakerId: e.target.value })}
        >
          <option value={NEW_SPEAKER}>New speaker…</option>
          {props.speakers.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      {isNew && (
        <div className="space-y-1">
          <label htmlFor={`${id}-name`} className="block text-sm font-semibold">
            New speaker&apos;s full name
          </label>
          <input
            id={`${id}-name`}
            className={inputClass}
            value={value.speakerName}
            disabled={props.disabled}
            aria-invalid={props.errors ? true : undefined}
            aria-describedby={props.errors ? `${id}-name-error` : undefined}
            onChange={(e) => props.onChange({ ...value, speakerName: e.target.value })}
          />
          <FieldError id={`${id}-name-error`} errors={props.errors} />
        </div>
      )}
      <div className="space-y-1">
        <label htmlFor={`${id}-role`} className="block text-sm font-semibold">
          Role at the time
        </label>
        <input
          id={`${id}-role`}
          className={inputClass}
          value={value.speakerRole}
          disabled={props.disabled}
          placeholder="as the article states it, e.g. Putin’s foreign policy adviser"
          onChange={(e) => props.onChange({ ...value, speakerRole: e.target.value })}
        />
      </div>
    </div>
  );
}

/** The action input for a picked speaker: an id, or a new name. */
export function speakerInput(value: SpeakerValue) {
  return value.speakerId && value.speakerId !== NEW_SPEAKER
    ? { speakerId: value.speakerId, speakerRole: value.speakerRole }
    : { speakerName: value.speakerName, speakerRole: value.speakerRole };
}
