import { t } from "../../lib/i18n.ts";
import type { Refusal } from "./participant-api.ts";

/** Why it did not work, said plainly (assertive: it replaces what the participant expected). */
export function RefusalText(props: { refusal: Refusal; collecting?: boolean }) {
  const text = () => {
    switch (props.refusal) {
      case "unknown-code":
        return t("workshops.participant.unknownCode");
      case "collecting-ended":
        return t("workshops.participant.collectingEnded");
      case "phone-limit":
        return t("workshops.participant.phoneLimit");
      case "closed":
        return props.collecting
          ? t("workshops.participant.collectClosed")
          : t("workshops.participant.voteClosed");
      case "full":
        return t("workshops.participant.full");
      case "key-reused":
        return t("workshops.participant.keyReused");
      case "invalid":
        return t("workshops.participant.invalid");
      case "throttled":
        return t("workshops.participant.throttled");
      case "offline":
        return t("workshops.participant.offline");
      default:
        return t("workshops.participant.server");
    }
  };
  return (
    <p class="message message--error" role="alert" data-refusal={props.refusal}>
      {text()}
    </p>
  );
}
