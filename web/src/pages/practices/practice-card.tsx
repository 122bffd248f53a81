import { A } from "@solidjs/router";
import { createSignal, Show } from "solid-js";
import type { Practice } from "../../../../shared/schemas/practice.ts";
import { ConfirmDialog } from "../../components/confirm-dialog.tsx";
import { FormMessages } from "../../components/form-messages.tsx";
import { createForm, type FormState } from "../../lib/form.ts";
import { t } from "../../lib/i18n.ts";
import { Prose } from "../seminars/prose.tsx";
import { canWriteIn, isCoordinatorOf } from "../seminars/scope.ts";
import { ThemeAndScales } from "../themes/theme-tags.tsx";
import { canShare, PracticeEdit } from "./practice-edit.tsx";
import { removePractice, updatePractice } from "./practices-data.ts";
import "./practice-card.css";

/** Where a practice comes from, as far as the reader may know it. */
export function practiceSource(p: Practice): string {
  if (p.centre?.name)
    return p.ownCentre ? t("seminars.practice.fromOwn", { centre: p.centre.name }) : p.centre.name;
  if (p.centre?.pseudonym) return p.centre.pseudonym;
  return isCoordinatorOf(p.networkId)
    ? t("seminars.practice.fromNetwork")
    : t("seminars.practice.fromUnnamed");
}

export const practiceEditButtonId = (id: string) => `practice-edit-${id}`;

/**
 * One good practice: where it comes from, how they did it, its theme and scales, and what to do
 * with it. Its centre's facilitator and the coordinator (`canEdit`, the API's rule) change it in
 * place or delete it. The list is rebuilt when it reloads, so which card is being changed and the
 * messages about changes are held by the list (`editing`, `notices`).
 */
export function PracticeCard(props: {
  practice: Practice;
  editing: boolean;
  onEditing: (editing: boolean, saved?: Practice) => void;
  notices: FormState;
}) {
  const p = () => props.practice;
  const form = createForm();
  const [asking, setAsking] = createSignal(false);
  const headingId = () => `practice-${p().id}`;

  const toggleShare = async () => {
    const next = !p().shareCentreName;
    const saved = await form.run(() => updatePractice(p().id, { shareCentreName: next }));
    if (saved) form.setStatus(() => (next ? t("seminars.practice.shared") : t("seminars.practice.unshared")));
  };

  const remove = async () => {
    setAsking(false);
    const { id, title } = p();
    const done = await props.notices.run(async () => {
      await removePractice(id);
      return true;
    });
    if (done) {
      props.notices.setStatus(() => t("seminars.practice.removed", { title }));
      document.getElementById("practice-results")?.focus();
    }
  };

  return (
    <article class="practice card" aria-labelledby={headingId()}>
      <h3 id={headingId()} class="practice__title">
        {p().title}
      </h3>
      <Show
        when={props.editing && p().canEdit}
        fallback={
          <>
            <p class="practice__source">
              <span>{practiceSource(p())}</span>
              <Show when={p().seminarId}>
                {(id) => (
                  <>
                    {" · "}
                    <A href={`/seminars/${id()}`}>{t("seminars.practice.fromSeminar")}</A>
                  </>
                )}
              </Show>
            </p>
            <Prose text={p().body} />
            <ThemeAndScales themeKey={p().themeKey} scaleKeys={p().scaleKeys} networkId={p().networkId} />
            <FormMessages form={form} />
            <div class="button-row practice__actions">
              <Show when={canWriteIn(p().networkId)}>
                <A
                  class="button button--secondary button--small"
                  href={`/practices/${p().id}/plan-draft`}
                  aria-label={t("seminars.practice.toPlanLabel", { title: p().title })}
                >
                  {t("seminars.practice.toPlan")}
                </A>
              </Show>
              <Show when={canShare(p())}>
                <button
                  type="button"
                  class="button button--quiet button--small"
                  aria-pressed={p().shareCentreName}
                  disabled={form.busy()}
                  onClick={toggleShare}
                >
                  {t("seminars.practice.shareToggle")}
                </button>
              </Show>
              <Show when={p().canEdit}>
                <button
                  id={practiceEditButtonId(p().id)}
                  type="button"
                  class="button button--quiet button--small"
                  aria-label={t("seminars.practice.editLabel", { title: p().title })}
                  disabled={props.notices.busy()}
                  onClick={() => props.onEditing(true)}
                >
                  {t("seminars.practice.edit")}
                </button>
                <button
                  type="button"
                  class="button button--quiet button--small"
                  aria-label={t("seminars.practice.removeLabel", { title: p().title })}
                  disabled={props.notices.busy()}
                  onClick={() => {
                    props.notices.setStatus(undefined);
                    setAsking(true);
                  }}
                >
                  {t("seminars.practice.remove")}
                </button>
              </Show>
            </div>
          </>
        }
      >
        <PracticeEdit practice={p()} onDone={(saved) => props.onEditing(false, saved)} />
      </Show>
      <Show when={p().canEdit}>
        <ConfirmDialog
          id={`practice-remove-${p().id}`}
          open={asking()}
          title={t("seminars.practice.confirmRemove", { title: p().title })}
          confirmLabel={t("seminars.practice.removeConfirm")}
          cancelLabel={t("seminars.edit.cancel")}
          onConfirm={remove}
          onCancel={() => setAsking(false)}
        >
          <p>{t("seminars.practice.confirmRemoveText")}</p>
          <p>{t("seminars.practice.confirmRemovePlans")}</p>
        </ConfirmDialog>
      </Show>
    </article>
  );
}
