import { useNavigate } from "@solidjs/router";
import { createSignal, Show } from "solid-js";
import type { SeminarDetail } from "../../../../shared/schemas/seminar.ts";
import { ConfirmDialog } from "../../components/confirm-dialog.tsx";
import { FormMessages } from "../../components/form-messages.tsx";
import type { FormState } from "../../lib/form.ts";
import { t, tp } from "../../lib/i18n.ts";
import { getPractices } from "../practices/practices-data.ts";
import { removeSeminar } from "./seminars-data.ts";

/** The title of the seminar just deleted, for the list to say so once. */
const [removedTitle, setRemovedTitle] = createSignal<string | null>(null);

/** The deleted seminar's title, once: the list page takes it when it opens. */
export function takeRemovedSeminar(): string | null {
  const title = removedTitle();
  setRemovedTitle(null);
  return title;
}

const practicesLine = (n: number | null) =>
  n === null
    ? t("seminars.detail.removePracticesSome")
    : n === 0
      ? t("seminars.detail.removePracticesNone")
      : tp("seminars.detail.removePractices", n);

export const editButtonId = "seminar-edit-open";

/**
 * The coordinator's buttons for a seminar: change it (the page shows the form in place of the
 * read view) and delete it, after a question that says what goes with it. `notices` carries
 * what happened (saved, or why the deletion failed) and outlives the form.
 */
export function SeminarTools(props: {
  seminar: SeminarDetail;
  editing: boolean;
  onEdit: () => void;
  notices: FormState;
}) {
  const navigate = useNavigate();
  const [asking, setAsking] = createSignal(false);
  const [practiceCount, setPracticeCount] = createSignal<number | null>(null);
  const s = () => props.seminar;

  const ask = () => {
    props.notices.setStatus(undefined);
    setPracticeCount(null);
    setAsking(true);
    getPractices(s().networkId, { seminarId: s().id })
      .then((list) => setPracticeCount(list.length))
      .catch(() => {});
  };

  const remove = async () => {
    setAsking(false);
    const { id, networkId, title } = s();
    const done = await props.notices.run(async () => {
      await removeSeminar(id, networkId);
      return true;
    });
    if (done) {
      setRemovedTitle(title);
      navigate(`/networks/${networkId}/seminars`);
    }
  };

  return (
    <div class="seminar-tools">
      <FormMessages form={props.notices} />
      <Show when={!props.editing}>
        <div class="button-row">
          <button
            id={editButtonId}
            type="button"
            class="button button--secondary button--small"
            disabled={props.notices.busy()}
            onClick={() => props.onEdit()}
          >
            {t("seminars.detail.edit")}
          </button>
          <button
            type="button"
            class="button button--secondary button--small"
            disabled={props.notices.busy()}
            onClick={ask}
          >
            {t("seminars.detail.remove")}
          </button>
        </div>
      </Show>
      <ConfirmDialog
        id="seminar-remove"
        open={asking()}
        title={t("seminars.detail.confirmRemove", { title: s().title })}
        confirmLabel={t("seminars.detail.remove")}
        cancelLabel={t("seminars.edit.cancel")}
        onConfirm={remove}
        onCancel={() => setAsking(false)}
      >
        <p>
          {s().contributionCount === 0
            ? t("seminars.detail.removeContributionsNone")
            : tp("seminars.detail.removeContributions", s().contributionCount)}
        </p>
        <p>{t("seminars.detail.removeParticipants")}</p>
        <p>{practicesLine(practiceCount())}</p>
        <p>
          <strong>{t("seminars.detail.removeFinal")}</strong>
        </p>
      </ConfirmDialog>
    </div>
  );
}
