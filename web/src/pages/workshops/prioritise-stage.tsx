import { A, useNavigate } from "@solidjs/router";
import { createMemo, createSignal, For, Show } from "solid-js";
import { SHORT_LIST_MIN, type WorkshopDetail } from "../../../../shared/schemas/workshop.ts";
import { FormMessages } from "../../components/form-messages.tsx";
import { createForm } from "../../lib/form.ts";
import { t, tp } from "../../lib/i18n.ts";
import { PooledResults } from "./pooled-results.tsx";
import { sessionForm, sessionName } from "./session-labels.ts";
import { createSession } from "./workshops-data.ts";

/**
 * Stage 3: pairs prioritise the short list in voting sessions (each with its own join code); the
 * sessions' ballots pool into one ranking, shown live while a session is open.
 */
export function PrioritiseStage(props: { workshop: WorkshopDetail }) {
  const shortList = createMemo(() => props.workshop.statements.filter((s) => s.shortList && !s.hidden));

  return (
    <section class="stage-panel" aria-labelledby="stage-heading">
      <h2 id="stage-heading" tabindex="-1">
        {t("workshops.prioritise.title")}
      </h2>
      <p>{t("workshops.prioritise.intro")}</p>
      <h3>{t("workshops.prioritise.shortList", { n: shortList().length })}</h3>
      <Show
        when={shortList().length >= SHORT_LIST_MIN}
        fallback={
          <p class="notice">{tp("workshops.condense.needMore", SHORT_LIST_MIN - shortList().length)}</p>
        }
      >
        <ol class="compact-list">
          <For each={shortList()}>{(s) => <li>{s.text}</li>}</For>
        </ol>
        <NewSession workshopId={props.workshop.id} count={shortList().length} />
      </Show>
      <Sessions workshop={props.workshop} />
      <Show when={props.workshop.sessions.length > 0}>
        <PooledResults workshop={props.workshop} />
      </Show>
    </section>
  );
}

function NewSession(props: { workshopId: string; count: number }) {
  const form = createForm();
  const navigate = useNavigate();
  const [mode, setMode] = createSignal<"rank" | "pairwise">("rank");
  const [extent, setExtent] = createSignal<"all" | "top3">("all");
  const [perPhone, setPerPhone] = createSignal(1);
  const pairs = () => (props.count * (props.count - 1)) / 2;

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    const label = String(new FormData(event.currentTarget as HTMLFormElement).get("label") ?? "").trim();
    const session = await form.run(() =>
      createSession(props.workshopId, {
        mode: mode(),
        topN: mode() === "rank" && extent() === "top3" ? 3 : undefined,
        label: label || undefined,
        ballotsPerPhone: perPhone(),
      }),
    );
    if (session) navigate(`/voting-sessions/${session.id}`);
  };

  return (
    <section class="card" aria-labelledby="new-session-title">
      <h3 id="new-session-title">{t("workshops.session.new")}</h3>
      <form class="form" onSubmit={onSubmit} novalidate>
        <FormMessages form={form} />
        <fieldset class="field">
          <legend>{t("workshops.session.mode")}</legend>
          <label class="choice">
            <input
              type="radio"
              name="mode"
              value="rank"
              checked={mode() === "rank"}
              onChange={() => setMode("rank")}
            />
            {t("workshops.session.mode.rank")}
          </label>
          <label class="choice">
            <input
              type="radio"
              name="mode"
              value="pairwise"
              checked={mode() === "pairwise"}
              onChange={() => setMode("pairwise")}
            />
            {t("workshops.session.mode.pairwise", { pairs: pairs() })}
          </label>
        </fieldset>
        <Show when={mode() === "rank"}>
          <fieldset class="field">
            <legend>{t("workshops.session.extent")}</legend>
            <label class="choice">
              <input
                type="radio"
                name="extent"
                value="all"
                checked={extent() === "all"}
                onChange={() => setExtent("all")}
              />
              {t("workshops.session.extent.all", { n: props.count })}
            </label>
            <label class="choice">
              <input
                type="radio"
                name="extent"
                value="top3"
                checked={extent() === "top3"}
                onChange={() => setExtent("top3")}
              />
              {t("workshops.session.extent.top3")}
            </label>
          </fieldset>
        </Show>
        <fieldset class="field">
          <legend>{t("workshops.session.phones")}</legend>
          <label class="choice">
            <input
              type="radio"
              name="per-phone"
              value="1"
              checked={perPhone() === 1}
              onChange={() => setPerPhone(1)}
            />
            {t("workshops.session.phones.one")}
          </label>
          <label class="choice">
            <input
              type="radio"
              name="per-phone"
              value="3"
              checked={perPhone() === 3}
              onChange={() => setPerPhone(3)}
            />
            {t("workshops.session.phones.shared", { n: 3 })}
          </label>
        </fieldset>
        <div class="field">
          <label for="session-label">{t("workshops.session.label")}</label>
          <p id="session-label-hint" class="field__hint">
            {t("workshops.session.labelHint")}
          </p>
          <input
            id="session-label"
            name="label"
            type="text"
            maxlength="120"
            aria-describedby="session-label-hint"
          />
        </div>
        <button type="submit" class="button" disabled={form.busy()}>
          {t("workshops.session.open")}
        </button>
      </form>
    </section>
  );
}

/** The sessions so far: each with its code, its form, its status and ballots, and its screen. */
function Sessions(props: { workshop: WorkshopDetail }) {
  return (
    <Show when={props.workshop.sessions.length > 0}>
      <h3>{t("workshops.session.list")}</h3>
      <ul class="item-list">
        <For each={props.workshop.sessions}>
          {(s, i) => (
            <li class="item" data-session={s.id}>
              <div class="item__row">
                <A class="item__title" href={`/voting-sessions/${s.id}`}>
                  {sessionName(s, i())}
                </A>
                <span class={`badge badge--${s.status}`}>{t(`workshops.session.status.${s.status}`)}</span>
              </div>
              <span class="item__meta">
                {sessionForm(s.mode, s.topN)} · {t("workshops.session.codeShort", { code: s.code })} ·{" "}
                {tp("workshops.ballots", s.ballots)}
              </span>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}
