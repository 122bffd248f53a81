import { createMemo, createSignal, For, Show } from "solid-js";
import { participantStatementSchema, type WorkshopDetail } from "../../../../shared/schemas/workshop.ts";
import { Field } from "../../components/field.tsx";
import { FormMessages } from "../../components/form-messages.tsx";
import { createForm } from "../../lib/form.ts";
import { t, tp } from "../../lib/i18n.ts";
import { JoinPanel } from "./join-panel.tsx";
import { addStatement, joinUrl } from "./workshops-data.ts";

type Statement = WorkshopDetail["statements"][number];

/**
 * Stage 1: participants add statements from their phones with the join code; the screen shows
 * them as they arrive (the page polls), the facilitator can type some in too.
 */
export function CollectStage(props: { workshop: WorkshopDetail; refresh: () => Promise<void> }) {
  const collected = createMemo(() => props.workshop.statements.filter((s) => !s.shortList));
  // Newest first, so that what was just sent is on screen at once.
  const ofKind = (kind: "gives" | "takes") =>
    collected()
      .filter((s) => s.kind === kind)
      .reverse();
  const collecting = () => props.workshop.stage === "collect" && props.workshop.joinCode;

  return (
    <section class="stage-panel" aria-labelledby="stage-heading">
      <h2 id="stage-heading" tabindex="-1">
        {t("workshops.collect.title")}
      </h2>
      <Show when={collecting()} fallback={<p class="notice">{t("workshops.collect.closed")}</p>}>
        {(code) => (
          <JoinPanel heading={t("workshops.collect.joinHeading")} code={code()} url={joinUrl(code())}>
            <p class="join-panel__count" role="status" data-live-count={collected().length}>
              {tp("workshops.collect.soFar", collected().length)}
            </p>
          </JoinPanel>
        )}
      </Show>
      <div class="statement-columns">
        <StatementColumn kind="gives" statements={ofKind("gives")} />
        <StatementColumn kind="takes" statements={ofKind("takes")} />
      </div>
      <Show when={props.workshop.stage === "collect"}>
        <AddCollected workshopId={props.workshop.id} refresh={props.refresh} />
      </Show>
    </section>
  );
}

function StatementColumn(props: { kind: "gives" | "takes"; statements: Statement[] }) {
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
                {s.text}
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
