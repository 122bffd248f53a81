import { createAsync } from "@solidjs/router";
import { ErrorBoundary, Show, Suspense } from "solid-js";
import { fmtNumber, t } from "../../lib/i18n.ts";
import {
  type BaselineReport,
  getBaselineReport,
  scaleLabel,
  scalePolarity,
  useRoundScales,
} from "./plans-data.ts";

interface BaselineProps {
  roundId: string;
  centreId: string;
  teamId: string | null;
  scaleKey: string;
}

/**
 * The scale's current score where the plan starts: the team's, if the team is large enough to be
 * shown, else the centre's (from the same reports the results meeting used).
 */
export function Baseline(props: BaselineProps) {
  return (
    <div class="baseline" role="status">
      <ErrorBoundary fallback={<p class="muted">{t("workshops.baseline.unavailable")}</p>}>
        <Suspense fallback={<p class="loading">{t("app.loading")}</p>}>
          <BaselineFigure {...props} />
        </Suspense>
      </ErrorBoundary>
    </div>
  );
}

function BaselineFigure(props: BaselineProps) {
  const centre = createAsync(() => getBaselineReport(props.roundId, props.centreId));
  const scales = useRoundScales(() => props.roundId);
  const team = createAsync(() =>
    // A team missing from that round has no figure of its own: the centre's stands in.
    props.teamId
      ? getBaselineReport(props.roundId, props.centreId, props.teamId).catch(() => null)
      : Promise.resolve(null),
  );
  const figureOf = (report: BaselineReport | null | undefined) =>
    report?.scales.find((s) => s.key === props.scaleKey)?.centre ?? null;
  const shown = () => {
    const teamFigure = figureOf(team() ?? undefined);
    if (props.teamId && teamFigure) return { figure: teamFigure, level: "team" as const };
    const centreFigure = figureOf(centre());
    return centreFigure ? { figure: centreFigure, level: "centre" as const } : null;
  };
  return (
    <Show when={centre()}>
      {(report) => (
        <Show
          when={shown()}
          fallback={<p class="muted">{t("workshops.baseline.tooFew", { round: report().round.label })}</p>}
        >
          {(s) => (
            <p>
              <strong>{t("workshops.baseline.label")}</strong>{" "}
              {t(s().level === "team" ? "workshops.baseline.team" : "workshops.baseline.centre", {
                scale: scaleLabel(props.scaleKey, scales()),
                centre: report().centre.name,
                mean: fmtNumber(s().figure.mean, 1),
                n: s().figure.n,
                round: report().round.label,
              })}{" "}
              <Show when={props.teamId && s().level === "centre"}>
                {t("workshops.baseline.teamTooSmall")}{" "}
              </Show>
              <span class="muted">
                {scalePolarity(props.scaleKey, scales()) === "higher-worse"
                  ? t("workshops.baseline.lowerBetter")
                  : t("workshops.baseline.higherBetter")}
              </span>
            </p>
          )}
        </Show>
      )}
    </Show>
  );
}
