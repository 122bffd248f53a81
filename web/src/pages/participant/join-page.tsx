import { useNavigate, useParams } from "@solidjs/router";
import { createSignal, onCleanup, onMount, Show } from "solid-js";
import type { WorkshopStage } from "../../../../shared/schemas/workshop.ts";
import { PageTitle } from "../../components/page-title.tsx";
import { t } from "../../lib/i18n.ts";
import { CodeEntry } from "./code-entry.tsx";
import { CollectForm } from "./collect-form.tsx";
import { type Refusal, resolveCode } from "./participant-api.ts";
import { RefusalText } from "./refusal-text.tsx";
import "../workshops/workshops.css";
import "./participant.css";

/** How often a waiting phone asks whether voting has begun (ms). */
const WAIT_POLL = 3000;

type Phase =
  | { kind: "entry" }
  | { kind: "checking" }
  | { kind: "collect"; code: string }
  | { kind: "wait"; code: string; stage: WorkshopStage }
  | { kind: "refused"; refusal: Refusal; code: string };

/**
 * `/join/:code` and `/j/:code` (and without a code, a field to type it): a participant's way in,
 * no account. A workshop's code opens the statement form here; a voting session's code goes on to
 * `/vote/:code`.
 */
export default function JoinPage() {
  const params = useParams<{ code?: string }>();
  return (
    <Show when={params.code ?? ""} keyed fallback={<JoinView code="" />}>
      {(code) => <JoinView code={code} />}
    </Show>
  );
}

function JoinView(props: { code: string }) {
  const navigate = useNavigate();
  const [phase, setPhase] = createSignal<Phase>(props.code ? { kind: "checking" } : { kind: "entry" });

  const open = async (code: string) => {
    setPhase({ kind: "checking" });
    const found = await resolveCode(code);
    if (!found.ok) {
      setPhase({ kind: "refused", refusal: found.refusal, code });
      return;
    }
    if (found.value.type === "vote") navigate(`/vote/${found.value.code}`, { replace: Boolean(props.code) });
    else if (props.code !== found.value.code) navigate(`/join/${found.value.code}`);
    else if (found.value.type === "collect") setPhase({ kind: "collect", code: found.value.code });
    else waitFor(found.value.code, found.value.stage ?? "condense");
  };

  // Between collecting and voting the phone waits on the workshop's code and moves on by itself.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const waitFor = (code: string, stage: WorkshopStage) => {
    setPhase({ kind: "wait", code, stage });
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const found = await resolveCode(code);
      if (!found.ok) return waitFor(code, stage);
      if (found.value.type === "vote") navigate(`/vote/${found.value.code}`);
      else if (found.value.type === "collect") setPhase({ kind: "collect", code });
      else waitFor(code, found.value.stage ?? stage);
    }, WAIT_POLL);
  };
  onCleanup(() => clearTimeout(timer));

  onMount(() => {
    if (props.code) void open(props.code);
  });
  const waiting = () => {
    const p = phase();
    return p.kind === "wait" ? p : undefined;
  };

  const collectCode = () => {
    const p = phase();
    return p.kind === "collect" ? p.code : undefined;
  };
  const refusal = () => {
    const p = phase();
    return p.kind === "refused" ? p.refusal : undefined;
  };

  return (
    <div class="participant">
      <Show
        when={collectCode()}
        keyed
        fallback={
          <>
            <PageTitle text={t("workshops.participant.joinTitle")}>
              {t("workshops.participant.joinTitle")}
            </PageTitle>
            <Show when={waiting()}>
              {(w) => (
                <div class="waiting" role="status">
                  <h2>{t("workshops.participant.waitTitle")}</h2>
                  <p>{t("workshops.participant.collectingEnded")}</p>
                  <p class="muted">
                    {t("workshops.participant.waiting", { stage: t(`workshops.stage.${w().stage}`) })}
                  </p>
                </div>
              )}
            </Show>
            <Show when={phase().kind === "checking"}>
              <p class="loading" role="status">
                {t("app.loading")}
              </p>
            </Show>
            <Show when={refusal()}>{(r) => <RefusalText refusal={r()} />}</Show>
            <Show when={phase().kind === "entry" || phase().kind === "refused"}>
              <p>{t("workshops.participant.joinIntro")}</p>
              <CodeEntry onCode={(code) => void open(code)} />
            </Show>
          </>
        }
      >
        {(code) => <CollectForm code={code} onEnded={() => waitFor(code, "condense")} />}
      </Show>
    </div>
  );
}
