import { For, Match, Switch } from "solid-js";
import "./prose.css";

type Block = { kind: "p"; text: string } | { kind: "ul"; items: string[] };

const bullet = /^\s*(?:[-*•–]|\d+[.)])\s+(.+)$/;

/** Plain text as typed: blank lines part paragraphs, line breaks stay, bullet lines become a list. */
export function blocks(text: string): Block[] {
  const out: Block[] = [];
  for (const line of text.split(/\r?\n/)) {
    const item = bullet.exec(line)?.[1]?.trim();
    const last = out[out.length - 1];
    if (item) {
      if (last?.kind === "ul") last.items.push(item);
      else out.push({ kind: "ul", items: [item] });
    } else if (line.trim() === "") {
      out.push({ kind: "p", text: "" });
    } else if (last?.kind === "p" && last.text !== "") {
      last.text += `\n${line}`;
    } else {
      out.push({ kind: "p", text: line });
    }
  }
  return out.filter((b) => b.kind === "ul" || b.text !== "");
}

/** Text a person wrote, shown with its paragraphs and lists. */
export function Prose(props: { text: string }) {
  return (
    <div class="prose">
      <For each={blocks(props.text)}>
        {(b) => (
          <Switch>
            <Match when={b.kind === "p" && b}>{(p) => <p>{p().text}</p>}</Match>
            <Match when={b.kind === "ul" && b}>
              {(ul) => (
                <ul>
                  <For each={ul().items}>{(item) => <li>{item}</li>}</For>
                </ul>
              )}
            </Match>
          </Switch>
        )}
      </For>
    </div>
  );
}
