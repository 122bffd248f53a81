import { A } from "@solidjs/router";
import { Show } from "solid-js";
import type { Practice } from "../../../../shared/schemas/practice.ts";
import { FormMessages } from "../../components/form-messages.tsx";
import { createForm } from "../../lib/form.ts";
import { t } from "../../lib/i18n.ts";
import { Prose } from "../seminars/prose.tsx";
import { canWriteIn, isCoordinatorOf } from "../seminars/scope.ts";
import { ThemeAndScales } from "../themes/theme-tags.tsx";
import { updatePractice } from "./practices-data.ts";

/** Where a practice comes from, as far as the reader may know it. */
export function practiceSource(p: Practice): string {
  if (p.centre?.name)
    return p.ownCentre ? t("seminars.practice.fromOwn", { centre: p.centre.name }) : p.centre.name;
  if (p.centre?.pseudonym) return p.centre.pseudonym;
  return isCoordinatorOf(p.networkId)
    ? t("seminars.practice.fromNetwork")
    : t("seminars.practice.fromUnnamed");
}

/** One good practice: where it comes from, how they did it, its theme and scales, and what to do with it. */
export function PracticeCard(props: { practice: Practice }) {
  const p = () => props.practice;
  const form = createForm();
  const headingId = () => `practice-${p().id}`;
  const canShare = () =>
    p().canEdit && p().centre !== null && (p().ownCentre || isCoordinatorOf(p().networkId));

  const toggleShare = async () => {
    const next = !p().shareCentreName;
    const saved = await form.run(() => updatePractice(p().id, { shareCentreName: next }));
    if (saved) form.setStatus(() => (next ? t("seminars.practice.shared") : t("seminars.practice.unshared")));
  };

  return (
    <article class="practice card" aria-labelledby={headingId()}>
      <h3 id={headingId()} class="practice__title">
        {p().title}
      </h3>
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
        <Show when={canShare()}>
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
      </div>
    </article>
  );
}
