import { onMount } from "solid-js";
import { t } from "../../lib/i18n.ts";

/**
 * A submission that is kept on the device and waits for a connection (the page was reloaded
 * offline after "Send my answers"): the respondent needs to do nothing more; the page sends it by
 * itself when the connection returns. The button only lets an impatient respondent try now.
 */
export function SurveyQueued(props: { busy: boolean; onRetry: () => void }) {
  let heading: HTMLHeadingElement | undefined;
  onMount(() => heading?.focus());
  return (
    <div class="survey-queued" data-queued>
      <div class="message" role="status">
        <h2 ref={heading} tabindex="-1">
          {t("survey.queued.title")}
        </h2>
        <p>{t("survey.queued.text")}</p>
      </div>
      <button type="button" class="button" disabled={props.busy} onClick={() => props.onRetry()}>
        {props.busy ? t("survey.sending") : t("survey.queued.retry")}
      </button>
    </div>
  );
}
