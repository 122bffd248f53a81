import { createAsync, useParams } from "@solidjs/router";
import { Show } from "solid-js";
import { networkUpdateSchema } from "../../../../shared/schemas/network.ts";
import { AsyncView } from "../../components/async-view.tsx";
import { Field } from "../../components/field.tsx";
import { FormMessages } from "../../components/form-messages.tsx";
import { updateNetwork } from "../../data/mutations.ts";
import { getNetwork } from "../../data/queries.ts";
import { createForm, numberValue } from "../../lib/form.ts";
import { t } from "../../lib/i18n.ts";
import { loadMe } from "../../lib/session.ts";

/** One numeric setting: a labelled number field with its hint, bounds and error. */
function NumberSetting(props: {
  id: string;
  name: string;
  label: string;
  hint: string;
  error: string | undefined;
  inputmode: "numeric" | "decimal";
  min: number;
  max: number;
  step: number;
  value: number;
}) {
  return (
    <Field id={props.id} label={props.label} hint={props.hint} error={props.error}>
      {(control) => (
        <input
          {...control}
          name={props.name}
          type="number"
          inputmode={props.inputmode}
          min={props.min}
          max={props.max}
          step={props.step}
          required
          value={props.value}
        />
      )}
    </Field>
  );
}

/** The network's name and the settings that govern anonymity and traffic lights. */
export default function SettingsPage() {
  const params = useParams<{ networkId: string }>();
  const network = createAsync(() => getNetwork(params.networkId));
  const form = createForm();

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    const el = event.currentTarget as HTMLFormElement;
    const data = new FormData(el);
    const values = {
      name: data.get("name"),
      minGroupSize: numberValue(data.get("minGroupSize")),
      freeTextMinGroupSize: numberValue(data.get("freeTextMinGroupSize")),
      meaningfulDifference: numberValue(data.get("meaningfulDifference")),
      lightComparison: data.get("lightComparison"),
      minCentresForBenchmark: numberValue(data.get("minCentresForBenchmark")),
    };
    const saved = await form.submit(el, networkUpdateSchema, values, (input) =>
      updateNetwork(params.networkId, input),
    );
    if (saved) {
      form.setStatus(() => t("settings.saved"));
      void loadMe(); // the name shows in the menu
    }
  };

  return (
    <section aria-labelledby="settings-title">
      <h2 id="settings-title">{t("settings.title")}</h2>
      <AsyncView>
        <Show when={network()}>
          {(net) => (
            <form class="card form" onSubmit={onSubmit} novalidate>
              <FormMessages form={form} />
              <Field id="settings-name" label={t("settings.name")} error={form.error("name")}>
                {(control) => (
                  <input {...control} name="name" type="text" maxlength="120" required value={net().name} />
                )}
              </Field>
              <NumberSetting
                id="settings-min-group"
                name="minGroupSize"
                error={form.error("minGroupSize")}
                label={t("settings.minGroupSize")}
                hint={t("settings.minGroupSizeHint")}
                inputmode="numeric"
                min={3}
                max={100}
                step={1}
                value={net().minGroupSize}
              />
              <NumberSetting
                id="settings-min-centres"
                name="minCentresForBenchmark"
                error={form.error("minCentresForBenchmark")}
                label={t("settings.minCentresForBenchmark")}
                hint={t("settings.minCentresForBenchmarkHint")}
                inputmode="numeric"
                min={3}
                max={100}
                step={1}
                value={net().minCentresForBenchmark}
              />
              <NumberSetting
                id="settings-free-text"
                name="freeTextMinGroupSize"
                error={form.error("freeTextMinGroupSize")}
                label={t("settings.freeTextMinGroupSize")}
                hint={t("settings.freeTextMinGroupSizeHint")}
                inputmode="numeric"
                min={3}
                max={1000}
                step={1}
                value={net().freeTextMinGroupSize}
              />
              <NumberSetting
                id="settings-difference"
                name="meaningfulDifference"
                error={form.error("meaningfulDifference")}
                label={t("settings.meaningfulDifference")}
                hint={t("settings.meaningfulDifferenceHint")}
                inputmode="decimal"
                min={0}
                max={50}
                step={0.5}
                value={net().meaningfulDifference}
              />
              <fieldset
                class="field"
                aria-describedby={form.error("lightComparison") ? "settings-light-error" : undefined}
              >
                <legend>{t("settings.lightComparison")}</legend>
                <label class="choice">
                  <input
                    type="radio"
                    name="lightComparison"
                    value="network"
                    checked={net().lightComparison === "network"}
                  />
                  {t("settings.lightComparison.network")}
                </label>
                <label class="choice">
                  <input
                    type="radio"
                    name="lightComparison"
                    value="reference"
                    checked={net().lightComparison === "reference"}
                  />
                  {t("settings.lightComparison.reference")}
                </label>
                <Show when={form.error("lightComparison")}>
                  <p id="settings-light-error" class="field__error">
                    {form.error("lightComparison")}
                  </p>
                </Show>
              </fieldset>
              <button type="submit" class="button" disabled={form.busy()}>
                {form.busy() ? t("form.saving") : t("settings.save")}
              </button>
            </form>
          )}
        </Show>
      </AsyncView>
    </section>
  );
}
