import { createAsync } from "@solidjs/router";
import { createSignal, For, Show } from "solid-js";
import { getRounds } from "../../data/queries.ts";
import { fmtDate, t } from "../../lib/i18n.ts";
import { type SnapshotCitation, snapshotCitation, snapshotPath } from "./research-data.ts";

/**
 * A published round's snapshot, for a paper to cite exactly the data it used: choose the round,
 * see the citation line (network, round, publish date, content hash) with a copy button, and
 * download the one file (gzipped NDJSON with the codebook and the hash). Reading the citation
 * reads every row of the round (the hash is of the content), so it is asked for on demand.
 */
export function SnapshotDesk(props: { networkId: string }) {
  const rounds = createAsync(() => getRounds(props.networkId));
  const published = () => (rounds() ?? []).filter((r) => r.status === "published");
  const [round, setRound] = createSignal("");
  const [citation, setCitation] = createSignal<SnapshotCitation | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [failure, setFailure] = createSignal<string | null>(null);
  const [copied, setCopied] = createSignal(false);
  const id = `snapshot-${props.networkId}`;

  const show = async () => {
    if (!round()) return;
    setBusy(true);
    setFailure(null);
    setCopied(false);
    setCitation(null);
    try {
      setCitation(await snapshotCitation(props.networkId, round()));
    } catch (err) {
      const status = (err as { status?: number }).status;
      setFailure(status === 429 ? t("research.desk.tooMany", { seconds: "?" }) : t("error.server"));
    } finally {
      setBusy(false);
    }
  };
  const copy = async () => {
    const text = citation()?.citation;
    if (!text) return;
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      // Without clipboard access the line stays selectable for a manual copy.
      document.getElementById(`${id}-line`)?.focus();
    }
  };

  return (
    <section class="snapshot-desk" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t("research.snapshot.title")}</h3>
      <p>{t("research.snapshot.intro")}</p>
      <Show when={published().length > 0} fallback={<p>{t("research.desk.noRounds")}</p>}>
        <form
          class="form"
          onSubmit={(e) => {
            e.preventDefault();
            void show();
          }}
        >
          <div class="field">
            <label for={`${id}-round`}>{t("research.snapshot.round")}</label>
            <select
              id={`${id}-round`}
              value={round()}
              onChange={(e) => {
                setRound(e.currentTarget.value);
                setCitation(null);
              }}
            >
              <option value="">{t("research.snapshot.choose")}</option>
              <For each={published()}>
                {(r) => (
                  <option value={r.id}>
                    {r.label} ({fmtDate(r.opensOn)})
                  </option>
                )}
              </For>
            </select>
          </div>
          <button type="submit" class="button button--secondary" disabled={busy() || !round()}>
            {busy() ? t("research.snapshot.working") : t("research.snapshot.show")}
          </button>
        </form>
      </Show>
      <Show when={failure()}>
        {(f) => (
          <p class="form-error" role="alert">
            {f()}
          </p>
        )}
      </Show>
      <Show when={citation()}>
        {(c) => (
          <div class="snapshot-desk__result" data-snapshot>
            <p>
              {t("research.snapshot.summary", {
                rows: c().rows,
                version: c().round.data_version,
                date: fmtDate(c().round.published_on),
              })}
            </p>
            <p class="field__hint">{t("research.snapshot.cite")}</p>
            <p id={`${id}-line`} class="snapshot-desk__line" tabindex="-1" data-citation>
              {c().citation}
            </p>
            <div class="snapshot-desk__actions">
              <button type="button" class="button button--secondary" onClick={copy}>
                {t("research.snapshot.copy")}
              </button>
              <a class="button" href={snapshotPath(props.networkId, c().round.id)} download={c().file}>
                {t("research.snapshot.download")}
              </a>
            </div>
            <p role="status">
              <Show when={copied()}>{t("research.snapshot.copied")}</Show>
            </p>
          </div>
        )}
      </Show>
    </section>
  );
}
