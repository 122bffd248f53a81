import { createSignal, createUniqueId, type JSX, onCleanup, onMount, Show } from "solid-js";
import { t } from "../../lib/i18n.ts";
import { QrCode } from "./qr-code.tsx";

interface JoinPanelProps {
  /** The panel's heading (also what the full-screen view shows on top). */
  heading: string;
  code: string;
  /** The address the QR code opens. */
  url: string;
  /** Live figures shown beside the code (statements so far, ballots so far). */
  children?: JSX.Element;
}

/**
 * The join code as the room sees it on the projector: large, in a font where 0/O and 1/I differ,
 * with the short address to type and a QR code to scan. "Full screen" puts the panel alone on the
 * screen (Esc leaves).
 */
export function JoinPanel(props: JoinPanelProps) {
  let panel: HTMLElement | undefined;
  const [full, setFull] = createSignal(false);
  const headingId = `join-${createUniqueId()}`;
  const address = () => `${location.host}/j`;
  const spelled = () => props.code.split("").join(" ");

  onMount(() => {
    const onChange = () => setFull(document.fullscreenElement === panel);
    document.addEventListener("fullscreenchange", onChange);
    onCleanup(() => document.removeEventListener("fullscreenchange", onChange));
  });

  const toggle = async () => {
    try {
      if (document.fullscreenElement) await document.exitFullscreen();
      else await panel?.requestFullscreen();
    } catch {
      // Full screen refused (an embedded view, an old browser): the panel is large anyway.
    }
  };

  return (
    <section
      ref={panel}
      class="join-panel"
      classList={{ "join-panel--full": full() }}
      aria-labelledby={headingId}
    >
      <div class="join-panel__text">
        <h2 id={headingId} class="join-panel__heading">
          {props.heading}
        </h2>
        <p class="join-panel__how">{t("workshops.join.how", { address: address() })}</p>
        <p class="join-code" data-join-code={props.code}>
          <span class="visually-hidden">{t("workshops.join.codeIs", { code: spelled() })}</span>
          <span aria-hidden="true">{props.code}</span>
        </p>
        <p class="join-panel__url muted">
          <a href={props.url} target="_blank" rel="noopener">
            {props.url}
          </a>
        </p>
        {props.children}
        <Show when={"requestFullscreen" in HTMLElement.prototype}>
          <p class="no-print">
            <button type="button" class="button button--secondary button--small" onClick={toggle}>
              {full() ? t("workshops.join.exitFullScreen") : t("workshops.join.fullScreen")}
            </button>
          </p>
        </Show>
      </div>
      <QrCode
        class="join-panel__qr"
        text={props.url}
        label={t("workshops.join.qrLabel", { url: props.url })}
      />
    </section>
  );
}
