import { useNavigate } from "@solidjs/router";
import { networkCreateSchema } from "../../../../shared/schemas/network.ts";
import { Field } from "../../components/field.tsx";
import { FormMessages } from "../../components/form-messages.tsx";
import { createNetwork } from "../../data/mutations.ts";
import { createForm } from "../../lib/form.ts";
import { t } from "../../lib/i18n.ts";
import { loadMe } from "../../lib/session.ts";

/** Anyone signed in may start a network; they become its coordinator. */
export function CreateNetworkForm() {
  const form = createForm();
  const navigate = useNavigate();

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    const el = event.currentTarget as HTMLFormElement;
    const network = await form.submit(
      el,
      networkCreateSchema,
      { name: new FormData(el).get("name") },
      createNetwork,
    );
    if (!network) return;
    await loadMe(); // the new membership belongs in the menu
    navigate(`/networks/${network.id}`);
  };

  return (
    <details class="card">
      <summary>{t("home.createNetwork")}</summary>
      <form class="form" onSubmit={onSubmit} novalidate>
        <FormMessages form={form} />
        <Field id="network-name" label={t("settings.name")} error={form.error("name")}>
          {(control) => <input {...control} name="name" type="text" maxlength="120" required />}
        </Field>
        <button type="submit" class="button" disabled={form.busy()}>
          {t("home.createNetwork")}
        </button>
      </form>
    </details>
  );
}
