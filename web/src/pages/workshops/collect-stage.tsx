import { A } from "@solidjs/router";
import { createMemo, createSignal, For, Show } from "solid-js";
import { participantStatementSchema, type WorkshopDetail } from "../../../../shared/schemas/workshop.ts";
import { Field } from "../../components/field.tsx";
import { FormMessages } from "../../components/form-messages.tsx";
import { createForm } from "../../lib/form.ts";
import { t, tp } from "../../lib/i18n.ts";
import { JoinPanel } from "./join-panel.tsx";
import { addStatement, deleteStatement, joinUrl, updateStatement } from "./workshops-data.ts";

type Statement = WorkshopDetail["statements"][number];

/**
 * Stage 1: participants add statements from their phones with the join code; the screen shows
 * them as they arrive (the page polls), the facilitator can type some in too.
 */
export function CollectStage(props: { workshop: WorkshopDetail; refresh: () => Promise<void> }) {
  const form = createForm();
  const collected = createMemo(() => props.workshop.statements.filter((s) => !s.shortList && !s.hidden));
  const hidden = createMemo(() => props.workshop.statements.filter((s) => !s.shortList && s.hidden));
  // Newest first, so that what was just sent is on screen at once.
  const ofKind = (kind: "gives" | "takes") =>
    collected()
      .filter((s) => s.kind === kind)
      .reverse();
  const collecting = () => props.workshop.stage === "collect" && props.workshop.joinCode;

  /** Moderation: hide (and restore) or delete; the projector drops a hidden one at its next poll. */
  const act = async (s: Statement, what: "hide" | "show" | "delete") => {
    const done = await form.run(async () => {
      if (what === "delete") await deleteStatement(s.id);
      else await updateStatement(s.id, { hidden: what === "hide" });
      return true;
    });
    await props.refresh();
    if (!done) return;
    const key =
      what === "hide"
        ? "workshops.statement.hiddenDone"
        : what === "show"
          ? "workshops.statement.shownDone"
          : "workshops.statement.deletedDone";
    form.setStatus(() => t(key, { text: s.text }));
    document.getElementById("stage-heading")?.focus();
  };

  return (
    <section class="stage-panel" aria-labelledby="stage-heading">
      <h2 id="stage-heading" tabindex="-1">
        {t("workshops.collect.title")}
      </h2>
      <p class="present-link">
        <A class="button" href={`/workshops/${props.workshop.id}/present`} target="_blank">
          {t("workshops.present")}
        </A>
      </p>
      <Show when={collecting()} fallback={<p class="notice">{t("workshops.collect.closed")}</p>}>
        {(code) => (
          <JoinPanel heading={t("workshops.collect.joinHeading")} code={code()} url={joinUrl(code())}>
            <p class="join-panel__count" role="status" data-live-count={collected().length}>
              {tp("workshops.collect.soFar", collected().length)}
            </p>
          </JoinPanel>
        )}
      </Show>
      <FormMessages form={form} />
      <div class="statement-columns">
        <StatementColumn kind="gives" statements={ofKind("gives")} busy={form.busy()} onAct={act} />
        <StatementColumn kind="takes" statements={ofKind("takes")} busy={form.busy()} onAct={act} />
      </div>
      <Show when={hidden().length > 0}>
        <details class="hidden-statements">
          <summary>{t("workshops.statement.hiddenList", { n: hidden().length })}</summary>
          <ul class="statement-list">
            <For each={hidden()}>
              {(s) => (
                <li class="statement statement--hidden" data-statement={s.id} data-hidden="true">
                  <span class="statement__text">{s.text}</span>
                  <span class="statement__tools">
                    <button
                      type="button"
                      class="button button--quiet button--small"
                      disabled={form.busy()}
                      aria-label={t("workshops.statement.showLabel", { text: s.text })}
                      onClick={() => void act(s, "show")}
                    >
                      {t("workshops.statement.show")}
                    </button>
                  </span>
                </li>
              )}
            </For>
          </ul>
        </details>
      </Show>
      <Show when={props.workshop.stage === "collect"}>
        <AddCollected workshopId={props.workshop.id} refresh={props.refresh} />
      </Show>
    </section>
  );
}

function StatementColumn(props: {
  kind: "gives" | "takes";
  statements: Statement[];
  busy: boolean;
  onAct: (s: Statement, what: "hide" | "delete") => void;
}) {
  const id = `column-${props.kind}`;
  return (
    <section class={`statement-column statement-column--${props.kind}`} aria-labelledby={id}>
      <h3 id={id}>
        {t(`workshops.kind.${props.kind}.plural`)} <span class="count">({props.statements.length})</span>
      </h3>
      <Show
        when={props.statements.length > 0}
        fallback={<p class="muted">{t("workshops.collect.noneYet")}</p>}
      >
        <ul class="statement-list" data-kind={props.kind}>
          <For each={props.statements}>
            {(s) => (
              <li class="statement" data-statement={s.id}>
                <span class="statement__text">{s.text}</span>
                <span class="statement__tools">
                  <button
                    type="button"
                    class="button button--quiet button--small"
                    data-action="hide"
                    disabled={props.busy}
                    aria-label={t("workshops.statement.hideLabel", { text: s.text })}
                    onClick={() => props.onAct(s, "hide")}
                  >
                    {t("workshops.statement.hide")}
                  </button>
                  <button
                    type="button"
                    class="button button--quiet button--small"
                    data-action="delete"
                    disabled={props.busy}
                    aria-label={t("workshops.statement.deleteLabel", { text: s.text })}
                    onClick={() => props.onAct(s, "delete")}
                  >
                    {t("workshops.statement.delete")}
                  </button>
                </span>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}

/** The facilitator types in what is said in the room. */
function AddCollected(props: { workshopId: string; refresh: () => Promise<void> }) {
  const form = createForm();
  const [kind, setKind] = createSignal<"gives" | "takes">("gives");
  let input: HTMLInputElement | undefined;

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    const el = event.currentTarget as HTMLFormElement;
    const text = new FormData(el).get("text");
    const done = await form.submit(el, participantStatementSchema, { text, kind: kind() }, (body) =>
      addStatement(props.workshopId, body),
    );
    if (!done) return;
    if (input) input.value = "";
    form.setStatus(() => t("workshops.collect.added"));
    await props.refresh();
    input?.focus();
  };

  return (
    <section class="card add-statement" aria-labelledby="collect-add-title">
      <h3 id="collect-add-title">{t("workshops.collect.facilitatorAdd")}</h3>
      <form class="form" onSubmit={onSubmit} novalidate>
        <FormMessages form={form} />
        <fieldset class="field">
          <legend>{t("workshops.kind.question")}</legend>
          <div class="choices">
            <For each={["gives", "takes"] as const}>
              {(k) => (
                <label class="choice">
                  <input
                    type="radio"
                    name="kind"
                    value={k}
                    checked={kind() === k}
                    onChange={() => setKind(k)}
                  />
                  {t(`workshops.kind.${k}`)}
                </label>
              )}
            </For>
          </div>
        </fieldset>
        <Field id="collect-text" label={t("workshops.statement.text")} error={form.error("text")}>
          {(control) => (
            <input
              {...control}
              ref={input}
              name="text"
              type="text"
              maxlength="300"
              autocomplete="off"
              required
            />
          )}
        </Field>
        <button type="submit" class="button" disabled={form.busy()}>
          {t("workshops.collect.add")}
        </button>
      </form>
    </section>
  );
}
