import { A, createAsync, useParams } from "@solidjs/router";
import { createSignal, For, Show, Suspense } from "solid-js";
import { type SeminarDetail, seminarUpdateSchema } from "../../../../shared/schemas/seminar.ts";
import { AsyncView } from "../../components/async-view.tsx";
import { FormMessages } from "../../components/form-messages.tsx";
import { PageTitle } from "../../components/page-title.tsx";
import { createForm } from "../../lib/form.ts";
import { t, tp } from "../../lib/i18n.ts";
import { CentreContributions, groupByCentre } from "./centre-contributions.tsx";
import { ContributionForm } from "./contribution-form.tsx";
import { seminarDates } from "./dates.ts";
import { LibraryNav } from "./library-nav.tsx";
import { Prose } from "./prose.tsx";
import { canWriteIn, isCoordinatorOf } from "./scope.ts";
import { SeminarFields, seminarValues } from "./seminar-form.tsx";
import { editButtonId, SeminarTools } from "./seminar-tools.tsx";
import { getSeminar, updateSeminar } from "./seminars-data.ts";
import "./seminars.css";

/**
 * One benchmark seminar: when and where, why, the programme, and per centre what it presented,
 * what the others asked it for and what it took home. A facilitator sees other centres unnamed.
 */
export default function SeminarPage() {
  const params = useParams<{ seminarId: string }>();
  return (
    <Show when={params.seminarId} keyed>
      {(id) => <SeminarView seminarId={id} />}
    </Show>
  );
}

function SeminarView(props: { seminarId: string }) {
  const seminar = createAsync(() => getSeminar(props.seminarId));
  return (
    <AsyncView page notFound={t("seminars.notFound")}>
      <Show when={seminar()}>{(s) => <SeminarBody seminar={s()} />}</Show>
    </AsyncView>
  );
}

function SeminarBody(props: { seminar: SeminarDetail }) {
  const s = () => props.seminar;
  const coordinator = () => isCoordinatorOf(s().networkId);
  const groups = () => groupByCentre(s().contributions);
  const editForm = createForm();
  /** The coordinator's: what became of the seminar (saved, or why deleting failed). */
  const notices = createForm();
  /** The contributions': shared by the centres' blocks, which are rebuilt when the seminar reloads. */
  const contributionNotices = createForm();
  const [editing, setEditing] = createSignal(false);
  const [editingContribution, setEditingContribution] = createSignal<string | null>(null);

  const openEdit = () => {
    notices.setStatus(undefined);
    setEditing(true);
  };
  const closeEdit = () => {
    setEditing(false);
    document.getElementById(editButtonId)?.focus();
  };

  const onEdit = async (event: SubmitEvent) => {
    event.preventDefault();
    const el = event.currentTarget as HTMLFormElement;
    const saved = await editForm.submit(el, seminarUpdateSchema, seminarValues(el, true), (input) =>
      updateSeminar(s().id, s().networkId, input),
    );
    if (saved) {
      closeEdit();
      notices.setStatus(() => t("seminars.detail.saved"));
    }
  };

  return (
    <article class="seminar">
      <PageTitle text={s().title}>{s().title}</PageTitle>
      <LibraryNav networkId={s().networkId} />
      <dl class="facts">
        <div>
          <dt>{t("seminars.detail.when")}</dt>
          <dd>{seminarDates(s().startsOn, s().endsOn)}</dd>
        </div>
        <div>
          <dt>{t("seminars.detail.where")}</dt>
          <dd>{s().place ?? t("seminars.detail.noPlace")}</dd>
        </div>
      </dl>
      <p>
        <A href={`/networks/${s().networkId}/seminars`}>{t("seminars.detail.back")}</A>
      </p>
      <Show when={coordinator()}>
        <SeminarTools seminar={s()} editing={editing()} onEdit={openEdit} notices={notices} />
      </Show>

      <Show when={editing()} fallback={<SeminarReadView seminar={s()} />}>
        <section class="card" aria-labelledby="seminar-editing">
          <h2 id="seminar-editing">{t("seminars.detail.edit")}</h2>
          {/* Its own boundary: the centres it loads must not blank the page meanwhile. */}
          <Suspense>
            <SeminarFields
              focusOnOpen
              networkId={s().networkId}
              prefix="seminar-edit"
              form={editForm}
              seminar={s()}
              submitLabel={t("seminars.detail.editSubmit")}
              onSubmit={onEdit}
              onCancel={closeEdit}
            />
          </Suspense>
        </section>
      </Show>

      <section aria-labelledby="seminar-contributions">
        <h2 id="seminar-contributions">{t("seminars.detail.contributions")}</h2>
        <FormMessages form={contributionNotices} />
        <Show
          when={groups().length > 0}
          fallback={<p class="muted">{t("seminars.detail.noContributions")}</p>}
        >
          <For each={groups()}>
            {(group) => (
              <CentreContributions
                group={group}
                seminar={s()}
                coordinator={coordinator()}
                form={contributionNotices}
                editing={editingContribution()}
                onEditing={setEditingContribution}
              />
            )}
          </For>
        </Show>
      </section>

      <Show when={canWriteIn(s().networkId)}>
        <ContributionForm seminar={s()} coordinator={coordinator()} />
      </Show>
    </article>
  );
}

/** Why, the programme and who took part: the part of the seminar the coordinator's form changes. */
function SeminarReadView(props: { seminar: SeminarDetail }) {
  const s = () => props.seminar;
  const hidden = () => s().participantCount - s().participants.length;
  return (
    <>
      <section aria-labelledby="seminar-purpose">
        <h2 id="seminar-purpose">{t("seminars.detail.purpose")}</h2>
        <Show when={s().purpose} fallback={<p class="muted">{t("seminars.detail.noPurpose")}</p>}>
          {(text) => <Prose text={text()} />}
        </Show>
      </section>

      <section aria-labelledby="seminar-agenda">
        <h2 id="seminar-agenda">{t("seminars.detail.agenda")}</h2>
        <Show when={s().agenda} fallback={<p class="muted">{t("seminars.detail.noAgenda")}</p>}>
          {(text) => <Prose text={text()} />}
        </Show>
      </section>

      <section aria-labelledby="seminar-centres">
        <h2 id="seminar-centres">{t("seminars.detail.participants")}</h2>
        <Show
          when={s().participantCount > 0}
          fallback={<p class="muted">{t("seminars.detail.noParticipants")}</p>}
        >
          <p>{tp("seminars.detail.participantCount", s().participantCount)}</p>
          <ul class="inline-list">
            <For each={s().participants}>
              {(c) => <li>{c.name ?? c.pseudonym ?? t("seminars.anotherCentre")}</li>}
            </For>
            <Show when={hidden() > 0}>
              <li>{tp("seminars.detail.otherCentres", hidden())}</li>
            </Show>
          </ul>
        </Show>
      </section>
    </>
  );
}
