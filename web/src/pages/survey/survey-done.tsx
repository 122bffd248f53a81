import { createMemo, createSignal, onMount, Show } from "solid-js";
import type { Answers } from "../../../../shared/instrument/packing.ts";
import type { Survey, SurveyReceipt } from "../../../../shared/schemas/survey.ts";
import { t } from "../../lib/i18n.ts";
import { computeProfile } from "./profile-scores.ts";
import { ProfileView } from "./profile-view.tsx";

/**
 * Thanks, and the respondent's own profile if they want it: computed here from the answers kept on
 * this device (see `Sent` in draft.ts), never sent anywhere; "forget" removes them from the device.
 */
export function SurveyDone(props: {
  survey: Survey;
  answers: Answers;
  receipt: SurveyReceipt;
  onForget: () => void;
}) {
  let heading: HTMLHeadingElement | undefined;
  const [shown, setShown] = createSignal(false);
  const [forgotten, setForgotten] = createSignal(false);
  const profile = createMemo(() =>
    shown() ? computeProfile(props.survey, props.answers, props.receipt) : null,
  );
  onMount(() => heading?.focus());
  return (
    <div class="survey-done">
      <div class="message message--ok survey-thanks">
        <h2 ref={heading} tabindex="-1">
          {t("survey.done.title")}
        </h2>
        <p>{t("survey.done.text")}</p>
      </div>
      <p>{t("survey.done.profileOffer")}</p>
      <button
        type="button"
        class="button"
        aria-expanded={shown() ? "true" : "false"}
        aria-controls="survey-profile"
        onClick={() => setShown(!shown())}
      >
        {shown() ? t("survey.done.hideProfile") : t("survey.done.showProfile")}
      </button>
      <div id="survey-profile">
        <Show when={shown()}>
          <Show when={profile()} fallback={<p>{t("survey.profile.none")}</p>}>
            {(p) => <ProfileView profile={p()} />}
          </Show>
        </Show>
      </div>
      <p class="survey-done__close">{t("survey.done.close")}</p>
      <div class="survey-forget" role="status">
        <Show when={!forgotten()} fallback={<p>{t("survey.done.forgotten")}</p>}>
          <p>{t("survey.done.kept")}</p>
          <button
            type="button"
            class="button button--secondary"
            onClick={() => {
              props.onForget();
              setForgotten(true);
            }}
          >
            {t("survey.done.forget")}
          </button>
        </Show>
      </div>
    </div>
  );
}
