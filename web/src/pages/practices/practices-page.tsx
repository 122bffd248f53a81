import { createAsync, useParams, useSearchParams } from "@solidjs/router";
import { createSignal, For, Show } from "solid-js";
import type { Practice } from "../../../../shared/schemas/practice.ts";
import type { Theme } from "../../../../shared/themes/schema.ts";
import { AsyncView } from "../../components/async-view.tsx";
import { Field } from "../../components/field.tsx";
import { FormMessages } from "../../components/form-messages.tsx";
import { PageTitle } from "../../components/page-title.tsx";
import { createForm, optional } from "../../lib/form.ts";
import { t, tp } from "../../lib/i18n.ts";
import { LibraryNav } from "../seminars/library-nav.tsx";
import { canWriteIn } from "../seminars/scope.ts";
import { useScales, useThemes } from "../themes/theme-tags.tsx";
import { type InstrumentScales, inLocale, scaleName, themeTitle } from "../themes/themes-data.ts";
import { PracticeCard, practiceEditButtonId } from "./practice-card.tsx";
import { PracticeForm } from "./practice-form.tsx";
import { getPractices, type PracticeFilter } from "./practices-data.ts";
import "./practices.css";

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;

/**
 * The practice library: search (full text), filter by theme and scale, and cards that say where
 * each practice comes from (a centre is named to other centres only if it agreed).
 */
export default function PracticesPage() {
  const params = useParams<{ networkId: string }>();
  const [search, setSearch] = useSearchParams();
  const filter = (): PracticeFilter => ({
    q: one(search.q),
    theme: one(search.theme),
    scale: one(search.scale),
  });
  const filtered = () => Boolean(filter().q || filter().theme || filter().scale);
  const themes = useThemes();
  const scales = useScales(() => params.networkId);

  const onSearch = (event: SubmitEvent) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    setSearch({
      q: optional(data.get("q")),
      theme: optional(data.get("theme")),
      scale: optional(data.get("scale")),
    });
  };

  return (
    <>
      <PageTitle text={t("seminars.practices.title")}>{t("seminars.practices.title")}</PageTitle>
      <LibraryNav networkId={params.networkId} />
      <p class="lead">{t("seminars.practices.intro")}</p>
      <search aria-label={t("seminars.practices.search")}>
        <form class="card search-form" onSubmit={onSearch}>
          <Field
            id="practice-q"
            label={t("seminars.practices.query")}
            hint={t("seminars.practices.queryHint")}
          >
            {(control) => (
              <input {...control} name="q" type="search" maxlength="200" value={filter().q ?? ""} />
            )}
          </Field>
          <div class="field-pair">
            <Field id="practice-theme" label={t("seminars.practices.theme")}>
              {(control) => (
                <select {...control} name="theme">
                  <option value="">{t("seminars.practices.anyTheme")}</option>
                  <For each={themes() ?? []}>
                    {(theme) => (
                      <option value={theme.key} selected={theme.key === filter().theme}>
                        {theme.number}. {inLocale(theme.title)}
                      </option>
                    )}
                  </For>
                </select>
              )}
            </Field>
            <Field id="practice-scale" label={t("seminars.practices.scale")}>
              {(control) => (
                <select {...control} name="scale">
                  <option value="">{t("seminars.practices.anyScale")}</option>
                  <For each={scales()?.scales ?? []}>
                    {(s) => (
                      <option value={s.key} selected={s.key === filter().scale}>
                        {inLocale(s.label)}
                      </option>
                    )}
                  </For>
                </select>
              )}
            </Field>
          </div>
          <div class="button-row">
            <button type="submit" class="button">
              {t("seminars.practices.submit")}
            </button>
            <Show when={filtered()}>
              <button
                type="button"
                class="button button--secondary"
                onClick={() => setSearch({ q: undefined, theme: undefined, scale: undefined })}
              >
                {t("seminars.practices.clear")}
              </button>
            </Show>
          </div>
        </form>
      </search>
      <Results
        networkId={params.networkId}
        filter={filter()}
        filterText={describe(filter(), themes(), scales())}
      />
      <Show when={canWriteIn(params.networkId)}>
        <PracticeForm networkId={params.networkId} />
      </Show>
    </>
  );
}

function describe(
  f: PracticeFilter,
  themes: Theme[] | undefined,
  scales: InstrumentScales | undefined,
): string {
  const parts: string[] = [];
  if (f.q) parts.push(t("seminars.practices.forQuery", { q: f.q }));
  if (f.theme) parts.push(t("seminars.practices.forTheme", { theme: themeTitle(themes, f.theme) }));
  if (f.scale) parts.push(t("seminars.practices.forScale", { scale: scaleName(scales, f.scale) }));
  return parts.join(", ");
}

/**
 * The practices found. Changing and deleting a practice reloads the list, which rebuilds its
 * cards: which card is being changed and what became of a change are kept here.
 */
function Results(props: { networkId: string; filter: PracticeFilter; filterText: string }) {
  const practices = createAsync(() => getPractices(props.networkId, props.filter));
  const notices = createForm({ statusMessages: { 409: "seminars.practice.removeCited" } });
  const [editing, setEditing] = createSignal<string | null>(null);

  const onEditing = (p: Practice, on: boolean, saved?: Practice) => {
    notices.setStatus(undefined);
    setEditing(on ? p.id : null);
    if (!on) {
      if (saved) notices.setStatus(() => t("seminars.practice.saved", { title: saved.title }));
      // Saving reloads the list: find the card's button once it is drawn again.
      requestAnimationFrame(() => document.getElementById(practiceEditButtonId(p.id))?.focus());
    }
  };

  return (
    <section aria-labelledby="practice-results" class="practice-results">
      <h2 id="practice-results" class="visually-hidden" tabindex="-1">
        {t("seminars.practices.results")}
      </h2>
      <AsyncView>
        <p role="status" class="result-count">
          {tp("seminars.practices.count", practices()?.length ?? 0)}
          <Show when={props.filterText}> {props.filterText}</Show>
        </p>
        <FormMessages form={notices} />
        <Show when={(practices() ?? []).length > 0} fallback={<p>{t("seminars.practices.none")}</p>}>
          <div class="practice-list">
            <For each={practices()}>
              {(p) => (
                <PracticeCard
                  practice={p}
                  editing={editing() === p.id}
                  onEditing={(on, saved) => onEditing(p, on, saved)}
                  notices={notices}
                />
              )}
            </For>
          </div>
        </Show>
      </AsyncView>
    </section>
  );
}
