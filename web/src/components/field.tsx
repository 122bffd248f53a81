import { type JSX, Show } from "solid-js";

/** What a control needs to be tied to its label, hint and error. */
export interface ControlProps {
  readonly id: string;
  readonly "aria-describedby": string | undefined;
  readonly "aria-invalid": "true" | undefined;
}

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  /** Renders the control; spread the given props on it (they stay reactive). */
  children: (control: ControlProps) => JSX.Element;
}

/** A labelled form control with its hint and its error message next to it. */
export function Field(props: FieldProps) {
  const hintId = () => `${props.id}-hint`;
  const errorId = () => `${props.id}-error`;
  const control: ControlProps = {
    get id() {
      return props.id;
    },
    get "aria-describedby"() {
      return (
        [props.hint ? hintId() : "", props.error ? errorId() : ""].filter(Boolean).join(" ") || undefined
      );
    },
    get "aria-invalid"() {
      return props.error ? ("true" as const) : undefined;
    },
  };
  return (
    <div class="field" classList={{ "field--invalid": Boolean(props.error) }}>
      <label for={props.id}>{props.label}</label>
      <Show when={props.hint}>
        <p id={hintId()} class="field__hint">
          {props.hint}
        </p>
      </Show>
      {props.children(control)}
      <Show when={props.error}>
        <p id={errorId()} class="field__error">
          {props.error}
        </p>
      </Show>
    </div>
  );
}
