import { createAsyncStore } from "@solidjs/router";
import { createSignal, For, Show } from "solid-js";
import { type Team, teamCreateSchema } from "../../../../shared/schemas/centre.ts";
import { AsyncView } from "../../components/async-view.tsx";
import { Field } from "../../components/field.tsx";
import { FormMessages } from "../../components/form-messages.tsx";
import { createTeam, renameTeam } from "../../data/mutations.ts";
import { getTeams } from "../../data/queries.ts";
import { createForm } from "../../lib/form.ts";
import { t } from "../../lib/i18n.ts";

/** A centre's teams: listed, added and renamed (by the coordinator or the centre's facilitator). */
export function TeamsSection(props: { centreId: string }) {
  // A store reconciled by id: a renamed team keeps its list item (and the focus in it).
  const teams = createAsyncStore(() => getTeams(props.centreId));
  const form = createForm();

  const onAdd = async (event: SubmitEvent) => {
    event.preventDefault();
    const el = event.currentTarget as HTMLFormElement;
    const team = await form.submit(el, teamCreateSchema, { name: new FormData(el).get("name") }, (input) =>
      createTeam(props.centreId, input.name),
    );
    if (team) {
      el.reset();
      form.setStatus(() => t("teams.added", { name: team.name }));
    }
  };

  return (
    <section aria-labelledby="teams-title">
      <h2 id="teams-title">{t("teams.title")}</h2>
      <AsyncView>
        <Show when={(teams() ?? []).length > 0} fallback={<p>{t("teams.none")}</p>}>
          <ul class="item-list">
            <For each={teams()}>{(team) => <TeamItem team={team} />}</For>
          </ul>
        </Show>
      </AsyncView>
      <form class="card form" onSubmit={onAdd} novalidate>
        <h3>{t("teams.add")}</h3>
        <FormMessages form={form} />
        <Field id="team-name" label={t("teams.name")} error={form.error("name")}>
          {(control) => <input {...control} name="name" type="text" maxlength="120" required />}
        </Field>
        <button type="submit" class="button" disabled={form.busy()}>
          {t("teams.submitAdd")}
        </button>
      </form>
    </section>
  );
}

function TeamItem(props: { team: Team }) {
  const [editing, setEditing] = createSignal(false);
  const form = createForm();
  let toggle: HTMLButtonElement | undefined;
  const inputId = () => `team-${props.team.id}-name`;

  const onRename = async (event: SubmitEvent) => {
    event.preventDefault();
    const el = event.currentTarget as HTMLFormElement;
    const team = await form.submit(el, teamCreateSchema, { name: new FormData(el).get("name") }, (input) =>
      renameTeam(props.team.id, props.team.centreId, input.name),
    );
    if (team) {
      setEditing(false);
      form.setStatus(() => t("teams.renamed", { name: team.name }));
      toggle?.focus();
    }
  };

  const startEditing = () => {
    setEditing(true);
    document.getElementById(inputId())?.focus();
  };

  const cancel = () => {
    setEditing(false);
    toggle?.focus();
  };

  return (
    <li class="item">
      <Show
        when={editing()}
        fallback={
          <div class="item__row">
            <span class="item__title">{props.team.name}</span>
            <button
              ref={toggle}
              type="button"
              class="button button--secondary button--small"
              aria-label={t("teams.renameButton", { name: props.team.name })}
              onClick={startEditing}
            >
              {t("teams.rename")}
            </button>
          </div>
        }
      >
        <form class="form form--inline" onSubmit={onRename} novalidate>
          <Field
            id={inputId()}
            label={t("teams.renameLabel", { name: props.team.name })}
            error={form.error("name")}
          >
            {(control) => (
              <input {...control} name="name" type="text" maxlength="120" required value={props.team.name} />
            )}
          </Field>
          <div class="button-row">
            <button type="submit" class="button button--small" disabled={form.busy()}>
              {t("teams.submitRename")}
            </button>
            <button type="button" class="button button--secondary button--small" onClick={cancel}>
              {t("teams.cancel")}
            </button>
          </div>
        </form>
      </Show>
      <FormMessages form={form} />
    </li>
  );
}
