import { createAsync, createAsyncStore, useParams } from "@solidjs/router";
import { For, Show } from "solid-js";
import { type Round, roundCreateSchema } from "../../../../shared/schemas/round.ts";
import { AsyncView } from "../../components/async-view.tsx";
import { Field } from "../../components/field.tsx";
import { FormMessages } from "../../components/form-messages.tsx";
import { StatusBadge } from "../../components/status-badge.tsx";
import { createRound, openRound } from "../../data/mutations.ts";
import { getCentres, getRounds } from "../../data/queries.ts";
import { createForm } from "../../lib/form.ts";
import { fmtDate, t, tp } from "../../lib/i18n.ts";
import { FieldworkLinks } from "../fieldwork/fieldwork-links.tsx";
import { RoundResultsLinks } from "../results/report-links.tsx";
import { RoundActions } from "../results/round-actions.tsx";

/** The network's survey rounds, oldest first; planning a new one and opening a draft. */
export default function RoundsPage() {
  const params = useParams<{ networkId: string }>();
  const rounds = createAsyncStore(() => getRounds(params.networkId));
  const centres = createAsync(() => getCentres(params.networkId));
  const activeCentres = () => (centres() ?? []).filter((c) => c.active);
  const listForm = createForm();
  const addForm = createForm();

  const onOpen = async (round: Round) => {
    const opened = await listForm.run(() => openRound(round.id, params.networkId));
    if (opened) listForm.setStatus(() => t("rounds.opened", { label: opened.label }));
  };

  const onAdd = async (event: SubmitEvent) => {
    event.preventDefault();
    const el = event.currentTarget as HTMLFormElement;
    const data = new FormData(el);
    const values = {
      label: data.get("label"),
      opensOn: data.get("opensOn"),
      closesOn: data.get("closesOn"),
      centreIds: data.getAll("centreIds"),
    };
    const round = await addForm.submit(el, roundCreateSchema, values, (input) =>
      createRound(params.networkId, input),
    );
    if (round) {
      el.reset();
      addForm.setStatus(() => t("rounds.added", { label: round.label }));
    }
  };

  return (
    <>
      <section aria-labelledby="rounds-title">
        <h2 id="rounds-title">{t("rounds.title")}</h2>
        <FormMessages form={listForm} />
        <AsyncView>
          <Show when={(rounds() ?? []).length > 0} fallback={<p>{t("rounds.none")}</p>}>
            <ul class="item-list" id="round-list">
              <For each={rounds()}>
                {(round) => (
                  <li class="item">
                    <div class="item__row">
                      <div>
                        <span class="item__title">{round.label}</span> <StatusBadge status={round.status} />
                        <span class="item__meta">
                          {t("rounds.wave", { wave: round.wave })} ·{" "}
                          {t("rounds.period", {
                            opens: fmtDate(round.opensOn),
                            closes: fmtDate(round.closesOn),
                          })}{" "}
                          · {tp("rounds.centres", round.centreIds.length)}
                        </span>
                        <FieldworkLinks round={round} />
                        <RoundResultsLinks round={round} centres={centres() ?? []} />
                      </div>
                      <Show when={round.status === "draft"}>
                        <button
                          type="button"
                          class="button button--small"
                          aria-label={t("rounds.openLabel", { label: round.label })}
                          disabled={listForm.busy()}
                          onClick={() => onOpen(round)}
                        >
                          {t("rounds.open")}
                        </button>
                      </Show>
                      <RoundActions round={round} networkId={params.networkId} form={listForm} />
                    </div>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        </AsyncView>
      </section>
      <section aria-labelledby="round-add-title">
        <h2 id="round-add-title">{t("rounds.add")}</h2>
        <form class="card form" onSubmit={onAdd} novalidate>
          <FormMessages form={addForm} />
          <Field
            id="round-label"
            label={t("rounds.label")}
            hint={t("rounds.labelHint")}
            error={addForm.error("label")}
          >
            {(control) => <input {...control} name="label" type="text" maxlength="120" required />}
          </Field>
          <div class="field-pair">
            <Field id="round-opens" label={t("rounds.opensOn")} error={addForm.error("opensOn")}>
              {(control) => <input {...control} name="opensOn" type="date" required />}
            </Field>
            <Field id="round-closes" label={t("rounds.closesOn")} error={addForm.error("closesOn")}>
              {(control) => <input {...control} name="closesOn" type="date" required />}
            </Field>
          </div>
          <fieldset
            class="field"
            classList={{ "field--invalid": Boolean(addForm.error("centreIds")) }}
            aria-describedby={addForm.error("centreIds") ? "round-centres-error" : undefined}
          >
            <legend>{t("rounds.participating")}</legend>
            <Show when={activeCentres().length > 0} fallback={<p>{t("rounds.noActiveCentres")}</p>}>
              <div class="choices">
                <For each={activeCentres()}>
                  {(centre) => (
                    <label class="choice">
                      <input type="checkbox" name="centreIds" value={centre.id} checked />
                      {centre.name ?? centre.pseudonym}
                    </label>
                  )}
                </For>
              </div>
            </Show>
            <Show when={addForm.error("centreIds")}>
              <p id="round-centres-error" class="field__error">
                {addForm.error("centreIds")}
              </p>
            </Show>
          </fieldset>
          <button type="submit" class="button" disabled={addForm.busy()}>
            {addForm.busy() ? t("form.saving") : t("rounds.submitAdd")}
          </button>
        </form>
      </section>
    </>
  );
}
