import { createMemo, createSignal, For, Show } from "solid-js";
import { SHORT_LIST_MAX, SHORT_LIST_MIN, type WorkshopDetail } from "../../../../shared/schemas/workshop.ts";
import { FormMessages } from "../../components/form-messages.tsx";
import { createForm } from "../../lib/form.ts";
import { t, tp } from "../../lib/i18n.ts";
import { ShortItem } from "./short-item.tsx";
import { addStatement, deleteStatement, updateStatement } from "./workshops-data.ts";

export type Statement = WorkshopDetail["statements"][number];

/** What is being dragged: collected statements (one, or all those selected). */
const DRAG_TYPE = "text/plain";

/**
 * Stage 2: the facilitator condenses the collected statements into a short list (3 to 12,
 * typically 7). By mouse: drag statements onto a short-list statement, onto "new statement", or
 * back to the pool. By keyboard: tick statements and merge them into a new statement or into one
 * on the list; short-list statements move with up/down buttons. Each short-list statement keeps
 * the originals it was made from.
 */
export function CondenseStage(props: { workshop: WorkshopDetail; refresh: () => Promise<void> }) {
  const form = createForm();
  const [selected, setSelected] = createSignal<string[]>([]);
  const [dragging, setDragging] = createSignal<string[]>([]);
  const [over, setOver] = createSignal<string | null>(null);
  /** A step that cannot be taken yet (nothing selected …), said at once. */
  const [problem, setProblem] = createSignal<(() => string) | null>(null);
  let newText: HTMLInputElement | undefined;
  let target: HTMLSelectElement | undefined;
  let poolHeading: HTMLHeadingElement | undefined;

  // Hidden statements (moderation) are not condensed: they are left out here altogether.
  const statements = () => props.workshop.statements.filter((s) => !s.hidden);
  const shortList = createMemo(() => statements().filter((s) => s.shortList));
  const pool = createMemo(() => statements().filter((s) => !s.shortList && !s.mergedInto));
  const collectedCount = () => statements().filter((s) => !s.shortList).length;
  const originalsOf = (id: string) => statements().filter((s) => s.mergedInto === id);
  const byId = (id: string) => statements().find((s) => s.id === id);
  const isSelected = (id: string) => selected().includes(id);
  const toggle = (id: string, on: boolean) =>
    setSelected((list) => (on ? [...list.filter((x) => x !== id), id] : list.filter((x) => x !== id)));

  async function change(work: () => Promise<unknown>, message: () => string) {
    setProblem(null);
    const done = await form.run(async () => {
      await work();
      return true;
    });
    await props.refresh();
    if (done) form.setStatus(message);
    return Boolean(done);
  }

  /** A new short-list statement made of `ids`, worded `text` (or as the one original, if one). */
  async function mergeNew(ids: string[], text: string) {
    const wording = text.trim() || (ids.length === 1 ? (byId(ids[0] as string)?.text ?? "") : "");
    if (ids.length === 0) {
      setProblem(() => () => t("workshops.condense.selectFirst"));
      return;
    }
    if (!wording) {
      setProblem(() => () => t("workshops.condense.wordingFirst"));
      newText?.focus();
      return;
    }
    const ok = await change(
      () => addStatement(props.workshop.id, { text: wording, mergedFrom: ids }),
      () => tp("workshops.condense.mergedNew", ids.length, { text: wording }),
    );
    if (ok) {
      setSelected([]);
      if (newText) newText.value = "";
    }
  }

  async function addTo(ids: string[], targetId: string) {
    const into = byId(targetId);
    if (ids.length === 0) {
      setProblem(() => () => t("workshops.condense.selectFirst"));
      return;
    }
    if (!into) {
      setProblem(() => () => t("workshops.condense.chooseTarget"));
      return;
    }
    const ok = await change(
      () => Promise.all(ids.map((id) => updateStatement(id, { mergedInto: targetId }))),
      () => tp("workshops.condense.addedTo", ids.length, { text: into.text }),
    );
    if (ok) setSelected((list) => list.filter((id) => !ids.includes(id)));
  }

  async function ungroup(ids: string[]) {
    await change(
      () => Promise.all(ids.map((id) => updateStatement(id, { mergedInto: null }))),
      () => tp("workshops.condense.ungrouped", ids.length),
    );
    poolHeading?.focus();
  }

  /** Moves a short-list statement one place; positions are rewritten where they changed. */
  async function move(id: string, by: -1 | 1) {
    const list = shortList().map((s) => s.id);
    const from = list.indexOf(id);
    const to = from + by;
    if (from < 0 || to < 0 || to >= list.length) return;
    list.splice(from, 1);
    list.splice(to, 0, id);
    const changes = list.flatMap((sid, i) => (byId(sid)?.position === i ? [] : [{ sid, i }]));
    await change(
      () => Promise.all(changes.map((c) => updateStatement(c.sid, { position: c.i }))),
      () => t("workshops.condense.moved", { text: byId(id)?.text ?? "", place: to + 1, of: list.length }),
    );
    // The row moved in the DOM: keep the keyboard on the button that moved it.
    document
      .querySelector<HTMLButtonElement>(`[data-move="${by < 0 ? "up" : "down"}"][data-for="${id}"]`)
      ?.focus();
  }

  // Drag and drop (mouse); every drop has a keyboard twin above.
  const dragStart = (id: string) => (event: DragEvent) => {
    const ids = isSelected(id) ? selected() : [id];
    setDragging(ids);
    event.dataTransfer?.setData(DRAG_TYPE, ids.join(","));
    if (event.dataTransfer) event.dataTransfer.effectAllowed = "move";
  };
  const dragEnd = () => {
    setDragging([]);
    setOver(null);
  };
  const dropZone = (name: string, onDrop: (ids: string[]) => void) => ({
    onDragOver: (event: DragEvent) => {
      if (dragging().length === 0) return;
      event.preventDefault();
      setOver(name);
    },
    onDragLeave: () => setOver((o) => (o === name ? null : o)),
    onDrop: (event: DragEvent) => {
      event.preventDefault();
      const ids = dragging().length ? dragging() : (event.dataTransfer?.getData(DRAG_TYPE) ?? "").split(",");
      dragEnd();
      if (ids.length && ids[0]) onDrop(ids);
    },
  });

  const full = () => shortList().length >= SHORT_LIST_MAX;

  return (
    <section class="stage-panel" aria-labelledby="stage-heading">
      <h2 id="stage-heading" tabindex="-1">
        {t("workshops.condense.title")}
      </h2>
      <p>{t("workshops.condense.intro")}</p>
      <FormMessages form={form} />
      <div role="alert">
        <Show when={problem()}>{(say) => <p class="message message--error">{say()()}</p>}</Show>
      </div>
      <div class="condense">
        <section
          class="condense__pool"
          classList={{ "drop-target": over() === "pool" }}
          aria-labelledby="pool-heading"
          {...dropZone("pool", (ids) => {
            const grouped = ids.filter((id) => byId(id)?.mergedInto);
            if (grouped.length) void ungroup(grouped);
          })}
        >
          <h3 id="pool-heading" ref={poolHeading} tabindex="-1">
            {t("workshops.condense.pool")} <span class="count">({pool().length})</span>
          </h3>
          <p class="muted">
            {t("workshops.condense.progress", {
              grouped: collectedCount() - pool().length,
              total: collectedCount(),
            })}
          </p>
          <Show when={pool().length > 0} fallback={<p class="muted">{t("workshops.condense.poolEmpty")}</p>}>
            <ul class="pool-list">
              <For each={pool()}>
                {(s) => (
                  <li
                    class="pool-item"
                    classList={{ "pool-item--dragging": dragging().includes(s.id) }}
                    draggable="true"
                    onDragStart={dragStart(s.id)}
                    onDragEnd={dragEnd}
                    data-statement={s.id}
                  >
                    <label class="choice">
                      <input
                        type="checkbox"
                        checked={isSelected(s.id)}
                        onChange={(e) => toggle(s.id, e.currentTarget.checked)}
                      />
                      <span>
                        {s.text}{" "}
                        <span class={`kind-badge kind-badge--${s.kind}`}>
                          {t(`workshops.kind.${s.kind ?? "gives"}`)}
                        </span>
                      </span>
                    </label>
                  </li>
                )}
              </For>
            </ul>
          </Show>
          <fieldset class="merge-bar">
            <legend>{t("workshops.condense.withSelected")}</legend>
            <p class="merge-bar__count" aria-live="polite">
              {tp("workshops.condense.selected", selected().length)}
            </p>
            <div class="field">
              <label for="merge-text">{t("workshops.condense.newWording")}</label>
              <p id="merge-text-hint" class="field__hint">
                {t("workshops.condense.newWordingHint")}
              </p>
              <input
                ref={newText}
                id="merge-text"
                type="text"
                maxlength="300"
                aria-describedby="merge-text-hint"
              />
            </div>
            <button
              type="button"
              class="button"
              disabled={form.busy() || full()}
              onClick={() => void mergeNew(selected(), newText?.value ?? "")}
            >
              {t("workshops.condense.mergeNew")}
            </button>
            <Show when={shortList().length > 0}>
              <div class="field">
                <label for="merge-target">{t("workshops.condense.mergeInto")}</label>
                <select ref={target} id="merge-target">
                  <For each={shortList()}>
                    {(s, i) => (
                      <option value={s.id}>
                        {i() + 1}. {s.text}
                      </option>
                    )}
                  </For>
                </select>
              </div>
              <button
                type="button"
                class="button button--secondary"
                disabled={form.busy()}
                onClick={() => void addTo(selected(), target?.value ?? "")}
              >
                {t("workshops.condense.addToChosen")}
              </button>
            </Show>
          </fieldset>
        </section>
        <section class="condense__short" aria-labelledby="short-heading">
          <h3 id="short-heading">
            {t("workshops.condense.shortList")} <span class="count">({shortList().length})</span>
          </h3>
          <p class="muted" classList={{ "short-warning": shortList().length < SHORT_LIST_MIN }}>
            {shortList().length < SHORT_LIST_MIN
              ? tp("workshops.condense.needMore", SHORT_LIST_MIN - shortList().length)
              : full()
                ? t("workshops.condense.full", { max: SHORT_LIST_MAX })
                : t("workshops.condense.range", { min: SHORT_LIST_MIN, max: SHORT_LIST_MAX })}
          </p>
          <ol class="short-list" data-short-list>
            <For each={shortList()}>
              {(s, i) => (
                <ShortItem
                  statement={s}
                  index={i()}
                  count={shortList().length}
                  originals={originalsOf(s.id)}
                  busy={form.busy()}
                  dropTarget={over() === s.id}
                  dropZone={dropZone(s.id, (ids) => void addTo(ids, s.id))}
                  onDragOriginal={dragStart}
                  onDragEnd={dragEnd}
                  onMove={(by) => void move(s.id, by)}
                  onRename={(text) =>
                    change(
                      () => updateStatement(s.id, { text }),
                      () => t("workshops.condense.renamed", { text }),
                    )
                  }
                  onRemove={() =>
                    change(
                      () => deleteStatement(s.id),
                      () => t("workshops.condense.removed", { text: s.text }),
                    )
                  }
                  onUngroup={(id) => void ungroup([id])}
                />
              )}
            </For>
          </ol>
          <div
            class="drop-new"
            classList={{ "drop-target": over() === "new" }}
            {...dropZone("new", (ids) => void mergeNew(ids, byId(ids[0] ?? "")?.text ?? ""))}
          >
            {t("workshops.condense.dropNew")}
          </div>
          <AddShort
            disabled={form.busy() || full()}
            onAdd={(text) =>
              change(
                () => addStatement(props.workshop.id, { text }),
                () => t("workshops.condense.addedShort", { text }),
              )
            }
          />
        </section>
      </div>
    </section>
  );
}

/** A short-list statement written directly, from no collected one. */
function AddShort(props: { disabled: boolean; onAdd: (text: string) => Promise<boolean> }) {
  let input: HTMLInputElement | undefined;
  const [missing, setMissing] = createSignal(false);
  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    const text = input?.value.trim() ?? "";
    setMissing(!text);
    if (!text) return input?.focus();
    if ((await props.onAdd(text)) && input) {
      input.value = "";
      input.focus();
    }
  };
  return (
    <form class="form form--inline add-short" onSubmit={onSubmit} novalidate>
      <div class="field" classList={{ "field--invalid": missing() }}>
        <label for="add-short">{t("workshops.condense.writeNew")}</label>
        <input
          ref={input}
          id="add-short"
          type="text"
          maxlength="300"
          autocomplete="off"
          aria-invalid={missing() ? "true" : undefined}
          aria-describedby={missing() ? "add-short-error" : undefined}
        />
        <Show when={missing()}>
          <p id="add-short-error" class="field__error">
            {t("error.required")}
          </p>
        </Show>
      </div>
      <button type="submit" class="button button--secondary" disabled={props.disabled}>
        {t("workshops.condense.addShort")}
      </button>
    </form>
  );
}
