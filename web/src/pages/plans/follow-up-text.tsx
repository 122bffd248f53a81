import { Show } from "solid-js";
import type { MessageKey } from "../../../../shared/i18n/index.ts";
import type { FollowUp, FollowUpNoteCode } from "../../../../shared/schemas/action-plan.ts";
import { shownDifference } from "../../../../shared/scoring/shown-figures.ts";
import { fmtNumber, fmtSigned, t } from "../../lib/i18n.ts";
import { scaleLabel, useRoundScales } from "./plans-data.ts";
import "./follow-up-text.css";

/** Why a figure is missing or stands in for another, in the reader's language, by the API's code. */
const noteKeys: Record<FollowUpNoteCode, MessageKey> = {
  "no-baseline": "workshops.followUp.noBaseline",
  "baseline-unpublished": "workshops.followUp.baselineUnpublished",
  "too-few": "workshops.followUp.tooFew",
  "no-next": "workshops.followUp.noNext",
  "centre-instead": "workshops.followUp.centreInstead",
};

/** The change as the difference of the two printed figures, so that the sentences add up. */
const shownChange = (f: FollowUp) =>
  f.baseline && f.next ? shownDifference(f.next.mean, f.baseline.mean) : (f.change ?? 0);

/**
 * What happened to a plan's scale, in sentences: the figure at the baseline round, at the next
 * published round, the change and whether it counts (the network's meaningful difference), the
 * smallest change the two rounds' n could have detected, for the team or, where the team is too
 * small to show, the centre.
 */
export function FollowUpText(props: {
  followUp: FollowUp | null;
  teamName?: string | null;
  centreName?: string;
}) {
  const scales = useRoundScales(() => props.followUp?.baseline?.roundId);
  return (
    <div class="follow-up" data-follow-up={props.followUp?.direction ?? "none"}>
      <Show when={props.followUp} fallback={<p>{t("workshops.followUp.noScale")}</p>}>
        {(f) => {
          const who = () =>
            f().level === "team" && props.teamName
              ? t("workshops.followUp.forTeam", { team: props.teamName })
              : t("workshops.followUp.forCentre", { centre: props.centreName ?? "" });
          const scale = () => scaleLabel(f().scaleKey, scales());
          const note = () => {
            const code = f().noteCode;
            return code ? t(noteKeys[code]) : undefined;
          };
          return (
            <>
              <Show when={f().baseline}>
                {(b) => (
                  <p>
                    {t("workshops.followUp.baseline", {
                      scale: scale(),
                      who: who(),
                      mean: fmtNumber(b().mean, 1),
                      round: b().label,
                      n: b().n,
                    })}
                  </p>
                )}
              </Show>
              <Show when={f().next && f().change !== null}>
                <p class="follow-up__change">
                  <strong>
                    {t("workshops.followUp.next", {
                      mean: fmtNumber(f().next?.mean ?? 0, 1),
                      round: f().next?.label ?? "",
                      n: f().next?.n ?? 0,
                      change: fmtSigned(shownChange(f())),
                    })}
                  </strong>{" "}
                  {f().direction === "better"
                    ? t("workshops.followUp.better")
                    : f().direction === "worse"
                      ? t("workshops.followUp.worse")
                      : t("workshops.followUp.unchanged")}
                </p>
              </Show>
              <Show when={f().next && f().change !== null ? f().mdd : null}>
                {(mdd) => (
                  <p class="muted" data-mark="mdd">
                    {t("workshops.followUp.mdd", { mdd: fmtNumber(mdd(), 1) })}
                  </p>
                )}
              </Show>
              <Show when={f().polarity === "higher-worse"}>
                <p class="muted">{t("workshops.followUp.lowerIsBetter", { scale: scale() })}</p>
              </Show>
              <Show when={note()}>{(text) => <p class="muted">{text()}</p>}</Show>
            </>
          );
        }}
      </Show>
    </div>
  );
}
