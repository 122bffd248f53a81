import { createAsync } from "@solidjs/router";
import { Show } from "solid-js";
import {
  DEFAULT_SUPPORT_TEXT,
  SUPPORT_TEXT_MAX,
  supportTextUpdateSchema,
} from "../../../../shared/schemas/support-text.ts";
import { AsyncView } from "../../components/async-view.tsx";
import { Field } from "../../components/field.tsx";
import { FormMessages } from "../../components/form-messages.tsx";
import { setSupportText } from "../../data/mutations.ts";
import { getSupportText } from "../../data/queries.ts";
import { createForm } from "../../lib/form.ts";
import { t } from "../../lib/i18n.ts";

/**
 * The centre's line about whom to talk to, shown under a respondent's own profile where stress,
 * burnout or sleeping troubles are high. Set by the coordinator or the centre's facilitator; an
 * empty field gives the default, which each field shows as its hint.
 */
export function SupportTextSection(props: { centreId: string }) {
  const current = createAsync(() => getSupportText(props.centreId));
  const form = createForm();

  const onSave = async (event: SubmitEvent) => {
    event.preventDefault();
    const el = event.currentTarget as HTMLFormElement;
    const data = new FormData(el);
    const values = { da: data.get("da") ?? null, en: data.get("en") ?? null };
    const saved = await form.submit(el, supportTextUpdateSchema, values, (input) =>
      setSupportText(props.centreId, input),
    );
    if (saved) form.setStatus(() => t("centre.support.saved"));
  };

  return (
    <section aria-labelledby="centre-support-title">
      <h2 id="centre-support-title">{t("centre.support.title")}</h2>
      <AsyncView>
        <Show when={current()}>
          {(text) => (
            <form class="card form" onSubmit={onSave} novalidate>
              <p>{t("centre.support.intro")}</p>
              <FormMessages form={form} />
              <Field
                id="centre-support-da"
                label={t("centre.support.da")}
                hint={t("centre.support.default", { text: DEFAULT_SUPPORT_TEXT.da })}
                error={form.error("da")}
              >
                {(control) => (
                  <textarea
                    {...control}
                    name="da"
                    lang="da"
                    rows="4"
                    maxlength={SUPPORT_TEXT_MAX}
                    value={text().da ?? ""}
                  />
                )}
              </Field>
              <Field
                id="centre-support-en"
                label={t("centre.support.en")}
                hint={t("centre.support.default", { text: DEFAULT_SUPPORT_TEXT.en })}
                error={form.error("en")}
              >
                {(control) => (
                  <textarea
                    {...control}
                    name="en"
                    lang="en"
                    rows="4"
                    maxlength={SUPPORT_TEXT_MAX}
                    value={text().en ?? ""}
                  />
                )}
              </Field>
              <button type="submit" class="button" disabled={form.busy()}>
                {t("centre.support.submit")}
              </button>
            </form>
          )}
        </Show>
      </AsyncView>
    </section>
  );
}
