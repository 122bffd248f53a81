import { A, useParams } from "@solidjs/router";
import { createSignal, Show } from "solid-js";
import { FormMessages } from "../../components/form-messages.tsx";
import { PageTitle } from "../../components/page-title.tsx";
import { createForm } from "../../lib/form.ts";
import { t, tp } from "../../lib/i18n.ts";
import { JoinPanel } from "./join-panel.tsx";
import { LoadFailure } from "./load-failure.tsx";
import { createPoll } from "./poll.ts";
import { ResultsView } from "./results-view.tsx";
import { sessionForm } from "./session-labels.ts";
import { closeSession, fetchSession, fetchSessionResults, reopenSession, voteUrl } from "./workshops-data.ts";
import "./workshops.css";

/**
 * `/voting-sessions/:sessionId`: the facilitator's screen while pairs vote: the session's code
 * large with its QR code, the ballots counted so far and the live ranking (polled every 1.5 s, no
 * reload), and closing the session.
 */
export default function SessionPage() {
  const params = useParams<{ sessionId: string }>();
  return (
    <Show when={params.sessionId} keyed>
      {(id) => <SessionView sessionId={id} />}
    </Show>
  );
}

function SessionView(props: { sessionId: string }) {
  const session = createPoll(
    () => fetchSession(props.sessionId),
    // Slowly: it brings the ballots per phone (shared phones); the ranking has its own poll.
    () => 5000,
  );
  const results = createPoll(
    () => fetchSessionResults(props.sessionId),
    () => 1500,
  );
  const form = createForm();
  const [large, setLarge] = createSignal(false);

  const title = () => {
    const s = session.value();
    return s?.label ?? t("workshops.session.title");
  };
  const status = () => results.value()?.sessions[0]?.status ?? session.value()?.status;

  const setOpen = async (open: boolean) => {
    const done = await form.run(() =>
      open ? reopenSession(props.sessionId) : closeSession(props.sessionId),
    );
    await Promise.all([session.refresh(), results.refresh()]);
    if (done) form.setStatus(() => (open ? t("workshops.session.reopened") : t("workshops.session.closed")));
  };

  return (
    <Show
      when={session.value()}
      fallback={
        <Show
          when={session.error()}
          fallback={
            <p class="loading" role="status">
              {t("app.loading")}
            </p>
          }
        >
          <LoadFailure error={session.error()} notFound={t("workshops.session.notFound")} />
        </Show>
      }
    >
      {(s) => (
        <div class="session-page" classList={{ "session-page--large": large() }}>
          <p class="breadcrumb">
            <A href={`/workshops/${s().workshopId}?view=prioritise`}>{t("workshops.session.back")}</A>
          </p>
          <PageTitle text={title()}>{title()}</PageTitle>
          <p class="muted">
            {sessionForm(s().mode, s().topN)} · {tp("workshops.statementCount", s().statementIds.length)}
          </p>
          <FormMessages form={form} />
          <div class="button-row session-tools">
            <Show
              when={status() === "open"}
              fallback={
                <button
                  type="button"
                  class="button button--secondary"
                  disabled={form.busy()}
                  onClick={() => setOpen(true)}
                >
                  {t("workshops.session.reopen")}
                </button>
              }
            >
              <button type="button" class="button" disabled={form.busy()} onClick={() => setOpen(false)}>
                {t("workshops.session.close")}
              </button>
            </Show>
            <A class="button button--secondary" href={`/voting-sessions/${s().id}/present`} target="_blank">
              {t("workshops.session.present")}
            </A>
            <button
              type="button"
              class="button button--secondary"
              aria-pressed={large()}
              onClick={() => setLarge(!large())}
            >
              {t("workshops.session.largeText")}
            </button>
          </div>
          <section aria-labelledby="live-heading" class="live-results">
            <h2 id="live-heading">
              {status() === "closed" ? t("workshops.session.finalTitle") : t("workshops.session.liveTitle")}
            </h2>
            <Show when={results.error() && results.value()}>
              <p class="message message--error" role="alert">
                {t("workshops.live.lost")}
              </p>
            </Show>
            <Show when={results.value()} fallback={<p class="loading">{t("app.loading")}</p>}>
              {(r) => (
                <>
                  <p class="ballot-count" data-ballots={r().ballots}>
                    {tp("workshops.ballots", r().ballots)}
                  </p>
                  <ResultsView
                    id="session"
                    results={r()}
                    title={title()}
                    large={large()}
                    closed={status() === "closed"}
                  />
                </>
              )}
            </Show>
          </section>
          <Show when={session.value()?.sharedPhones.length}>
            <p class="shared-phones notice" data-shared-phones={s().sharedPhones.join(",")}>
              {t("workshops.session.sharedPhones", {
                n: s().sharedPhones.length,
                counts: s().sharedPhones.join(", "),
              })}
            </p>
          </Show>
          <Show
            when={status() === "open"}
            fallback={<p class="notice session-closed">{t("workshops.session.isClosed")}</p>}
          >
            <JoinPanel heading={t("workshops.session.joinHeading")} code={s().code} url={voteUrl(s().code)}>
              <p class="join-panel__count" role="status" data-ballots={results.value()?.ballots ?? 0}>
                {tp("workshops.ballots", results.value()?.ballots ?? 0)}
              </p>
            </JoinPanel>
          </Show>
        </div>
      )}
    </Show>
  );
}
