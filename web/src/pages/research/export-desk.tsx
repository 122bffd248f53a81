import { createAsync } from "@solidjs/router";
import { createMemo, createSignal, For, Show } from "solid-js";
import { getRounds } from "../../data/queries.ts";
import { fmtDate, t } from "../../lib/i18n.ts";
import { type ExportKind, exportKinds, exportPath, type Format } from "./research-data.ts";
import "./export-desk.css";
import { pandasSnippet, rSnippet } from "./snippets.ts";

/**
 * The researcher's export desk: choose the export, the rounds, the centres and the format, and
 * download it with the session (the same file a token gets); copy-ready R and pandas code for the
 * same choice. Only rounds whose results are published (or closed, for a coordinator) export.
 */
export function ExportDesk(props: { networkId: string }) {
  const rounds = createAsync(() => getRounds(props.networkId));
  const exportable = () => (rounds() ?? []).filter((r) => r.status === "published" || r.status === "closed");
  const [kind, setKind] = createSignal<ExportKind>("scales");
  const [format, setFormat] = createSignal<Format>("csv");
  const [chosen, setChosen] = createSignal<Set<string>>(new Set());
  const [centres, setCentres] = createSignal("");
  const [progress, setProgress] = createSignal<string | null>(null);
  const [failure, setFailure] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);

  const choice = createMemo(() => ({
    kind: kind(),
    format: format(),
    rounds: [...chosen()],
    centres: centres()
      .split(/[,\s]+/)
      .map((s) => s.trim())
      .filter(Boolean),
  }));
  const path = () => exportPath(props.networkId, choice());
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen());
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
  };

  /** Streams the file, counting what has arrived, then hands it to the browser as a download. */
  const download = async () => {
    setBusy(true);
    setFailure(null);
    setProgress(t("research.desk.starting"));
    try {
      const res = await fetch(path(), { credentials: "same-origin" });
      if (!res.ok || !res.body) {
        setFailure(
          res.status === 429
            ? t("research.desk.tooMany", { seconds: res.headers.get("retry-after") ?? "?" })
            : res.status === 400
              ? t("research.desk.badChoice")
              : t("error.server"),
        );
        setProgress(null);
        return;
      }
      const reader = res.body.getReader();
      const parts: Uint8Array[] = [];
      let bytes = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        parts.push(value);
        bytes += value.length;
        setProgress(t("research.desk.received", { size: size(bytes) }));
      }
      const url = URL.createObjectURL(
        new Blob(parts as BlobPart[], { type: res.headers.get("content-type") ?? "" }),
      );
      const a = document.createElement("a");
      a.href = url;
      a.download = `amica-${kind()}.${kind() === "codebook" && format() === "ndjson" ? "ndjson" : format()}`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      const suppressed = Number(res.headers.get("x-suppressed-rows") ?? 0);
      setProgress(
        suppressed > 0
          ? t("research.desk.doneSuppressed", { size: size(bytes), n: suppressed })
          : t("research.desk.done", { size: size(bytes) }),
      );
    } catch {
      setFailure(t("error.network"));
      setProgress(null);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="export-desk" aria-labelledby={`desk-${props.networkId}`}>
      <h3 id={`desk-${props.networkId}`}>{t("research.desk.title")}</h3>
      <form
        class="form"
        onSubmit={(e) => {
          e.preventDefault();
          void download();
        }}
      >
        <fieldset class="field">
          <legend>{t("research.desk.what")}</legend>
          <For each={exportKinds}>
            {(k) => (
              <label class="choice">
                <input
                  type="radio"
                  name={`kind-${props.networkId}`}
                  value={k}
                  checked={kind() === k}
                  onChange={() => setKind(k)}
                />
                <span>
                  <strong>{t(`research.kind.${k}` as const)}</strong>{" "}
                  <span class="muted">{t(`research.kindHint.${k}` as const)}</span>
                </span>
              </label>
            )}
          </For>
        </fieldset>
        <fieldset class="field">
          <legend>{t("research.desk.rounds")}</legend>
          <p class="field__hint">{t("research.desk.roundsHint")}</p>
          <Show when={exportable().length > 0} fallback={<p>{t("research.desk.noRounds")}</p>}>
            <For each={exportable()}>
              {(r) => (
                <label class="choice">
                  <input
                    type="checkbox"
                    value={r.id}
                    checked={chosen().has(r.id)}
                    onChange={(e) => toggle(r.id, e.currentTarget.checked)}
                  />
                  <span>
                    {r.label} <span class="muted">({fmtDate(r.opensOn)})</span>
                  </span>
                </label>
              )}
            </For>
          </Show>
        </fieldset>
        <div class="field">
          <label for={`centres-${props.networkId}`}>{t("research.desk.centres")}</label>
          <p class="field__hint" id={`centres-${props.networkId}-hint`}>
            {t("research.desk.centresHint")}
          </p>
          <input
            id={`centres-${props.networkId}`}
            aria-describedby={`centres-${props.networkId}-hint`}
            type="text"
            value={centres()}
            onInput={(e) => setCentres(e.currentTarget.value)}
            placeholder="C01, C03"
          />
        </div>
        <fieldset class="field">
          <legend>{t("research.desk.format")}</legend>
          <For each={["csv", "json", "ndjson"] as const}>
            {(f) => (
              <label class="choice choice--inline">
                <input
                  type="radio"
                  name={`format-${props.networkId}`}
                  value={f}
                  checked={format() === f}
                  onChange={() => setFormat(f)}
                />
                <span>{f.toUpperCase()}</span>
              </label>
            )}
          </For>
        </fieldset>
        <button type="submit" class="button" disabled={busy()}>
          {busy() ? t("research.desk.downloading") : t("research.desk.download")}
        </button>
        <p class="muted" role="status" aria-live="polite" data-progress>
          {progress() ?? ""}
        </p>
        <Show when={failure()}>
          {(f) => (
            <p class="form-error" role="alert">
              {f()}
            </p>
          )}
        </Show>
      </form>
      <details class="snippets">
        <summary>{t("research.desk.code")}</summary>
        <p>{t("research.desk.codeHint")}</p>
        <h4>R</h4>
        <pre>
          <code data-snippet="r">{rSnippet(location.origin, props.networkId, choice())}</code>
        </pre>
        <h4>Python (pandas)</h4>
        <pre>
          <code data-snippet="pandas">{pandasSnippet(location.origin, props.networkId, choice())}</code>
        </pre>
      </details>
    </section>
  );
}

const size = (bytes: number) =>
  bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} kB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
