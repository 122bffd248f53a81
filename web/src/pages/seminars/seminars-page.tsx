import { A, createAsync, useNavigate, useParams } from "@solidjs/router";
import { For, onMount, Show } from "solid-js";
import { seminarCreateSchema } from "../../../../shared/schemas/seminar.ts";
import { AsyncView } from "../../components/async-view.tsx";
import { FormMessages } from "../../components/form-messages.tsx";
import { PageTitle } from "../../components/page-title.tsx";
import { createForm } from "../../lib/form.ts";
import { t, tp } from "../../lib/i18n.ts";
import { seminarDates } from "./dates.ts";
import { LibraryNav } from "./library-nav.tsx";
import { isCoordinatorOf } from "./scope.ts";
import { SeminarFields, seminarValues } from "./seminar-form.tsx";
import { takeRemovedSeminar } from "./seminar-tools.tsx";
import { createSeminar, getSeminars } from "./seminars-data.ts";
import "./seminars.css";

/** The network's benchmark seminars, newest first; the coordinator plans new ones here. */
export default function SeminarsPage() {
  const params = useParams<{ networkId: string }>();
  const seminars = createAsync(() => getSeminars(params.networkId));
  const newestFirst = () => [...(seminars() ?? [])].reverse();
  const form = createForm();
  const navigate = useNavigate();
  /** Says which seminar was just deleted, when the coordinator comes here from deleting it. */
  const notices = createForm();
  onMount(() => {
    const removed = takeRemovedSeminar();
    // Filled after the page is drawn, so that screen readers announce it.
    if (removed) setTimeout(() => notices.setStatus(() => t("seminars.detail.removed", { title: removed })));
  });

  const onCreate = async (event: SubmitEvent) => {
    event.preventDefault();
    const el = event.currentTarget as HTMLFormElement;
    const made = await form.submit(el, seminarCreateSchema, seminarValues(el, false), (input) =>
      createSeminar(params.networkId, input),
    );
    if (made) navigate(`/seminars/${made.id}`);
  };

  return (
    <>
      <PageTitle text={t("seminars.list.title")}>{t("seminars.list.title")}</PageTitle>
      <LibraryNav networkId={params.networkId} />
      <p class="lead">{t("seminars.list.intro")}</p>
      <FormMessages form={notices} />
      <AsyncView page notFound={t("seminars.notFound")}>
        <Show when={newestFirst().length > 0} fallback={<p>{t("seminars.list.none")}</p>}>
          <ul class="item-list" aria-label={t("seminars.list.title")}>
            <For each={newestFirst()}>
              {(s) => (
                <li class="item">
                  <A class="item__title" href={`/seminars/${s.id}`}>
                    {s.title}
                  </A>
                  <span class="item__meta">
                    {seminarDates(s.startsOn, s.endsOn)}
                    <Show when={s.place}> · {s.place}</Show>
                  </span>
                  <span class="item__meta">
                    {tp("seminars.list.centres", s.participantCount)} ·{" "}
                    {tp("seminars.list.contributions", s.contributionCount)}
                  </span>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </AsyncView>
      <Show when={isCoordinatorOf(params.networkId)}>
        <section aria-labelledby="seminar-add-title" class="card">
          <h2 id="seminar-add-title">{t("seminars.list.add")}</h2>
          <SeminarFields
            networkId={params.networkId}
            prefix="seminar-new"
            form={form}
            submitLabel={t("seminars.list.addSubmit")}
            onSubmit={onCreate}
          />
        </section>
      </Show>
    </>
  );
}
