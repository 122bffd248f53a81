import { createSignal, For, Show } from "solid-js";
import { t, tp } from "../../lib/i18n.ts";
import type { Statement } from "./condense-stage.tsx";

interface DropZone {
  onDragOver: (event: DragEvent) => void;
  onDragLeave: () => void;
  onDrop: (event: DragEvent) => void;
}

interface ShortItemProps {
  statement: Statement;
  index: number;
  count: number;
  /** The collected statements grouped under this one. */
  originals: Statement[];
  busy: boolean;
  dropTarget: boolean;
  dropZone: DropZone;
  onDragOriginal: (id: string) => (event: DragEvent) => void;
  onDragEnd: () => void;
  onMove: (by: -1 | 1) => void;
  onRename: (text: string) => Promise<boolean>;
  onRemove: () => void;
  onUngroup: (id: string) => void;
}

/**
 * One statement of the short list: its place, its wording (editable), buttons to move it, and the
 * originals it was condensed from, each of which can be taken out again. Collected statements
 * dropped on it join its group.
 */
export function ShortItem(props: ShortItemProps) {
  const [editing, setEditing] = createSignal(false);
  let input: HTMLInputElement | undefined;
  let editButton: HTMLButtonElement | undefined;
  const inputId = () => `wording-${props.statement.id}`;

  const startEdit = () => {
    setEditing(true);
    input?.focus();
  };
  const stopEdit = () => {
    setEditing(false);
    editButton?.focus();
  };
  const save = async (event: SubmitEvent) => {
    event.preventDefault();
    const text = input?.value.trim() ?? "";
    if (!text || text === props.statement.text) return stopEdit();
    if (await props.onRename(text)) stopEdit();
  };

  return (
    <li
      class="short-item"
      classList={{ "drop-target": props.dropTarget }}
      data-statement={props.statement.id}
      onDragOver={props.dropZone.onDragOver}
      onDragLeave={props.dropZone.onDragLeave}
      onDrop={props.dropZone.onDrop}
    >
      <div class="short-item__head">
        <span class="short-item__number" aria-hidden="true">
          {props.index + 1}.
        </span>
        <Show when={editing()} fallback={<span class="short-item__text">{props.statement.text}</span>}>
          <form class="short-item__edit" onSubmit={save}>
            <label class="visually-hidden" for={inputId()}>
              {t("workshops.condense.wording")}
            </label>
            <input
              ref={(el) => {
                input = el;
                queueMicrotask(() => el.focus());
              }}
              id={inputId()}
              type="text"
              maxlength="300"
              value={props.statement.text}
              onKeyDown={(e) => {
                if (e.key === "Escape") stopEdit();
              }}
            />
            <button type="submit" class="button button--small" disabled={props.busy}>
              {t("workshops.save")}
            </button>
            <button type="button" class="button button--quiet button--small" onClick={stopEdit}>
              {t("workshops.cancel")}
            </button>
          </form>
        </Show>
      </div>
      <div class="short-item__tools">
        <button
          type="button"
          class="button button--quiet button--small"
          data-move="up"
          data-for={props.statement.id}
          aria-label={t("workshops.moveUp", { text: props.statement.text })}
          disabled={props.busy || props.index === 0}
          onClick={() => props.onMove(-1)}
        >
          <span aria-hidden="true">↑</span>
        </button>
        <button
          type="button"
          class="button button--quiet button--small"
          data-move="down"
          data-for={props.statement.id}
          aria-label={t("workshops.moveDown", { text: props.statement.text })}
          disabled={props.busy || props.index === props.count - 1}
          onClick={() => props.onMove(1)}
        >
          <span aria-hidden="true">↓</span>
        </button>
        <Show when={!editing()}>
          <button
            ref={editButton}
            type="button"
            class="button button--quiet button--small"
            aria-label={t("workshops.condense.editLabel", { text: props.statement.text })}
            onClick={startEdit}
          >
            {t("workshops.condense.edit")}
          </button>
        </Show>
        <button
          type="button"
          class="button button--quiet button--small"
          aria-label={t("workshops.condense.removeLabel", { text: props.statement.text })}
          disabled={props.busy}
          onClick={() => props.onRemove()}
        >
          {t("workshops.condense.remove")}
        </button>
      </div>
      <Show
        when={props.originals.length > 0}
        fallback={<p class="short-item__from muted">{t("workshops.condense.noOriginals")}</p>}
      >
        <details class="short-item__originals" open>
          <summary>{tp("workshops.condense.madeFrom", props.originals.length)}</summary>
          <ul>
            <For each={props.originals}>
              {(o) => (
                <li
                  draggable="true"
                  onDragStart={props.onDragOriginal(o.id)}
                  onDragEnd={props.onDragEnd}
                  data-original={o.id}
                >
                  <span>
                    {o.text}{" "}
                    <span class={`kind-badge kind-badge--${o.kind ?? "gives"}`}>
                      {t(`workshops.kind.${o.kind ?? "gives"}`)}
                    </span>
                  </span>
                  <button
                    type="button"
                    class="button button--quiet button--small"
                    aria-label={t("workshops.condense.takeOutLabel", { text: o.text })}
                    disabled={props.busy}
                    onClick={() => props.onUngroup(o.id)}
                  >
                    {t("workshops.condense.takeOut")}
                  </button>
                </li>
              )}
            </For>
          </ul>
        </details>
      </Show>
    </li>
  );
}
