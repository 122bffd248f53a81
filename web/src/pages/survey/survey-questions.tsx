import { createSignal, For, Show } from "solid-js";
import { maxOpenAnswerLength } from "../../../../shared/instrument/packing.ts";
import type {
  Item,
  MultipleChoice,
  OpenQuestion,
  ResponseSet,
} from "../../../../shared/instrument/schema.ts";
import { locale, t } from "../../lib/i18n.ts";
import type { DraftAnswers } from "./draft.ts";

interface AnswerProps {
  answers: DraftAnswers;
  setAnswer: (code: string, value: number | string | string[] | undefined) => void;
  /** The translated error for the question, if any. */
  error: (code: string) => string | undefined;
}

/**
 * One item as a group of radio buttons: the fieldset's legend is the question, so a screen reader
 * says it with each option; the arrow keys move between options as in any radio group.
 */
export function ItemQuestion(
  props: AnswerProps & { item: Item; number: number; set: ResponseSet; onChosen?: () => void },
) {
  const code = () => props.item.code;
  const id = () => `q-${code()}`;
  const value = () => props.answers[code()];
  const error = () => props.error(code());
  return (
    <fieldset
      class="survey-question"
      classList={{ "survey-question--invalid": Boolean(error()) }}
      id={id()}
      tabindex="-1"
      data-screen-focus
      aria-describedby={error() ? `${id()}-error` : undefined}
    >
      <legend>
        <span class="survey-question__number">{props.number}.</span> {props.item.text[locale()]}
        <Show when={props.item.required}>
          {" "}
          <span class="survey-question__required">({t("survey.required")})</span>
        </Show>
      </legend>
      <Show when={error()}>
        <p id={`${id()}-error`} class="field__error">
          {error()}
        </p>
      </Show>
      <div class="survey-options">
        <For each={props.set.options}>
          {(option) => (
            <label class="survey-option">
              <input
                type="radio"
                name={id()}
                value={option.code}
                checked={value() === option.code}
                required={props.item.required === true}
                aria-invalid={error() ? "true" : undefined}
                onChange={() => {
                  props.setAnswer(code(), option.code);
                  props.onChosen?.();
                }}
              />
              <span>{option.label[locale()]}</span>
            </label>
          )}
        </For>
      </div>
      <Show when={typeof value() === "number" && !props.item.required}>
        <button
          type="button"
          class="survey-clear"
          aria-label={t("survey.clearLabel", { n: props.number })}
          onClick={() => {
            props.setAnswer(code(), undefined);
            document.querySelector<HTMLInputElement>(`input[name="${id()}"]`)?.focus();
          }}
        >
          {t("survey.clear")}
        </button>
      </Show>
    </fieldset>
  );
}

/** "What do you value most? (at most 3)": checkboxes; a fourth tick is refused and said why. */
export function ChoiceQuestion(props: AnswerProps & { question: MultipleChoice }) {
  const code = () => props.question.code;
  const chosen = () => {
    const v = props.answers[code()];
    return Array.isArray(v) ? v : [];
  };
  const max = () => props.question.maxChoices;
  const [refused, setRefused] = createSignal(false);
  const toggle = (key: string, input: HTMLInputElement) => {
    if (input.checked && chosen().length >= max()) {
      input.checked = false; // at most `max`: the tick is undone and the live region says why
      setRefused(true);
      return;
    }
    setRefused(false);
    const next = input.checked ? [...chosen(), key] : chosen().filter((k) => k !== key);
    props.setAnswer(code(), next.length > 0 ? next : undefined);
  };
  const error = () => props.error(code());
  return (
    <fieldset
      class="survey-question"
      classList={{ "survey-question--invalid": Boolean(error()) }}
      id={`q-${code()}`}
      tabindex="-1"
      data-screen-focus
      aria-describedby={`q-${code()}-hint${error() ? ` q-${code()}-error` : ""}`}
    >
      <legend>{props.question.text[locale()]}</legend>
      <p id={`q-${code()}-hint`} class="field__hint">
        {t("survey.choice.hint", { max: max() })}
      </p>
      <Show when={error()}>
        <p id={`q-${code()}-error`} class="field__error">
          {error()}
        </p>
      </Show>
      <div class="survey-options">
        <For each={props.question.options}>
          {(option) => (
            <label class="survey-option">
              <input
                type="checkbox"
                name={`q-${code()}`}
                value={option.key}
                checked={chosen().includes(option.key)}
                onChange={(e) => toggle(option.key, e.currentTarget)}
              />
              <span>{option.label[locale()]}</span>
            </label>
          )}
        </For>
      </div>
      <p class="survey-choice-count" role="status">
        <Show when={refused()} fallback={t("survey.choice.count", { n: chosen().length, max: max() })}>
          <strong>{t("survey.choice.tooMany", { max: max() })}</strong>
        </Show>
      </p>
    </fieldset>
  );
}

/** An open question: free text, kept to the length the API accepts. */
export function OpenQuestionField(props: AnswerProps & { question: OpenQuestion }) {
  const code = () => props.question.code;
  const id = () => `q-${code()}`;
  const value = () => {
    const v = props.answers[code()];
    return typeof v === "string" ? v : "";
  };
  const error = () => props.error(code());
  return (
    <div class="field survey-open" classList={{ "field--invalid": Boolean(error()) }}>
      <label for={id()}>{props.question.text[locale()]}</label>
      <p id={`${id()}-hint`} class="field__hint">
        {t("survey.open.hint")}
      </p>
      <textarea
        data-screen-focus
        id={id()}
        name={id()}
        rows="4"
        maxlength={maxOpenAnswerLength}
        aria-describedby={`${id()}-hint${error() ? ` ${id()}-error` : ""}`}
        aria-invalid={error() ? "true" : undefined}
        value={value()}
        onInput={(e) =>
          props.setAnswer(code(), e.currentTarget.value === "" ? undefined : e.currentTarget.value)
        }
      />
      <Show when={error()}>
        <p id={`${id()}-error`} class="field__error">
          {error()}
        </p>
      </Show>
    </div>
  );
}
