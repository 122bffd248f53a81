import { createSignal } from "solid-js";

/**
 * A button that copies a text to the clipboard and says so on itself ("Copied") until the text
 * changes. Where the clipboard is refused (an insecure origin, a denied permission) the text stays
 * on screen to be selected by hand, so the failure is left silent.
 */
export function CopyButton(props: { text: string; label: string; copiedLabel: string; class?: string }) {
  const [copiedText, setCopiedText] = createSignal<string | null>(null);
  const copy = async () => {
    const value = props.text;
    await navigator.clipboard?.writeText(value).catch(() => {});
    setCopiedText(value);
  };
  return (
    <button type="button" class={props.class ?? "button"} onClick={copy}>
      {copiedText() === props.text ? props.copiedLabel : props.label}
    </button>
  );
}
