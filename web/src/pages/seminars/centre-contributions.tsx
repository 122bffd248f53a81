import { createSignal, For, Show } from "solid-js";
import type {
  CentreRef,
  Contribution,
  ContributionKind,
  SeminarDetail,
} from "../../../../shared/schemas/seminar.ts";
import { ConfirmDialog } from "../../components/confirm-dialog.tsx";
import type { FormState } from "../../lib/form.ts";
import { t } from "../../lib/i18n.ts";
import { ThemeAndScales } from "../themes/theme-tags.tsx";
import { ContributionEdit } from "./contribution-edit.tsx";
import { kinds, kindTitle } from "./contribution-fields.tsx";
import { removeContribution } from "./seminars-data.ts";

export interface CentreGroup {
  key: string;
  /** Null: centres the reader may not learn (other centres, for a facilitator). */
  centre: CentreRef | null;
  own: boolean;
  items: Contribution[];
}

/** Contributions by centre: the reader's own first, then named centres, then the unnamed ones. */
export function groupByCentre(list: readonly Contribution[]): CentreGroup[] {
  const groups = new Map<string, CentreGroup>();
  for (const c of list) {
    const key = c.centre?.id ?? "(unnamed)";
    const group = groups.get(key) ?? { key, centre: c.centre, own: c.ownCentre, items: [] };
    group.items.push(c);
    groups.set(key, group);
  }
  const rank = (g: CentreGroup) => (g.own ? 0 : g.centre ? 1 : 2);
  return [...groups.values()].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.centre?.name ?? a.centre?.pseudonym ?? "").localeCompare(
        b.centre?.name ?? b.centre?.pseudonym ?? "",
      ),
  );
}

const editButtonId = (c: Contribution) => `contribution-edit-${c.id}`;

/**
 * One centre's part of a seminar: what it presented, what it was asked for, what it took home.
 * The coordinator, and a facilitator for their own centre, change a contribution in place or
 * delete it (the API's rule; other centres' contributions get no buttons).
 */
export function CentreContributions(props: {
  group: CentreGroup;
  seminar: SeminarDetail;
  coordinator: boolean;
  /** Shared by the page: its messages outlive the block, which is rebuilt when the seminar reloads. */
  form: FormState;
  /** The contribution being changed (held by the page, for the same reason). */
  editing: string | null;
  onEditing: (contributionId: string | null) => void;
}) {
  const form = props.form;
  const headingId = () => `centre-${props.group.key.replace(/[^a-zA-Z0-9_-]/g, "")}`;
  const name = () =>
    props.group.centre
      ? (props.group.centre.name ?? props.group.centre.pseudonym ?? t("seminars.anotherCentre"))
      : t("seminars.otherCentres");
  const ofKind = (kind: ContributionKind) => props.group.items.filter((c) => c.kind === kind);
  const canChange = (c: Contribution) => props.coordinator || c.ownCentre;

  const startEdit = (c: Contribution) => {
    form.setStatus(undefined);
    props.onEditing(c.id);
  };
  const endEdit = (c: Contribution, saved: boolean) => {
    props.onEditing(null);
    if (saved) form.setStatus(() => t("seminars.contribution.saved"));
    // Saving reloads the seminar and rebuilds the block: find the button again once it is drawn.
    requestAnimationFrame(() => document.getElementById(editButtonId(c))?.focus());
  };

  // The contribution asked about: one dialog per centre block, filled in for it.
  const [asking, setAsking] = createSignal<Contribution | null>(null);
  const remove = async () => {
    const c = asking();
    setAsking(null);
    if (!c) return;
    const done = await form.run(async () => {
      await removeContribution(props.seminar.id, props.seminar.networkId, c.id);
      return true;
    });
    if (done) form.setStatus(() => t("seminars.contribution.removed"));
  };

  return (
    <section class="centre-block" aria-labelledby={headingId()}>
      <h3 id={headingId()}>
        {name()}
        <Show when={props.group.own}>
          {" "}
          <span class="badge badge--own">{t("seminars.ownCentre")}</span>
        </Show>
      </h3>
      <Show when={!props.group.centre}>
        <p class="muted">{t("seminars.otherCentresNote")}</p>
      </Show>
      <For each={kinds}>
        {(kind) => (
          <Show when={ofKind(kind).length > 0}>
            <h4>{kindTitle(kind)}</h4>
            <ul class="contribution-list" data-kind={kind}>
              <For each={ofKind(kind)}>
                {(c) => (
                  <li class="contribution" classList={{ "contribution--editing": props.editing === c.id }}>
                    <Show
                      when={props.editing === c.id && canChange(c)}
                      fallback={
                        <>
                          <div class="contribution__body">
                            <p class="contribution__text">
                              <Show when={!props.group.centre}>
                                <span class="contribution__who">{t("seminars.anotherCentre")}: </span>
                              </Show>
                              {c.text}
                            </p>
                            <ThemeAndScales
                              themeKey={c.themeKey}
                              scaleKeys={c.scaleKeys}
                              networkId={props.seminar.networkId}
                            />
                          </div>
                          <Show when={canChange(c)}>
                            <div class="contribution__tools">
                              <button
                                id={editButtonId(c)}
                                type="button"
                                class="button button--quiet button--small"
                                aria-label={t("seminars.contribution.editLabel", {
                                  text: c.text.slice(0, 60),
                                })}
                                disabled={form.busy()}
                                onClick={() => startEdit(c)}
                              >
                                {t("seminars.contribution.edit")}
                              </button>
                              <button
                                type="button"
                                class="button button--quiet button--small contribution__remove"
                                aria-label={t("seminars.contribution.removeLabel", {
                                  text: c.text.slice(0, 60),
                                })}
                                disabled={form.busy()}
                                onClick={() => setAsking(c)}
                              >
                                {t("seminars.contribution.remove")}
                              </button>
                            </div>
                          </Show>
                        </>
                      }
                    >
                      <ContributionEdit
                        contribution={c}
                        networkId={props.seminar.networkId}
                        onDone={(saved) => endEdit(c, saved)}
                      />
                    </Show>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        )}
      </For>
      <ConfirmDialog
        id={`${headingId()}-remove`}
        open={asking() !== null}
        title={t("seminars.contribution.confirmRemove", { text: asking()?.text.slice(0, 80) ?? "" })}
        confirmLabel={t("seminars.contribution.remove")}
        cancelLabel={t("seminars.edit.cancel")}
        onConfirm={remove}
        onCancel={() => setAsking(null)}
      >
        <p>{t("seminars.detail.removeFinal")}</p>
      </ConfirmDialog>
    </section>
  );
}
