import { createAsync } from "@solidjs/router";
import { For, Show, Suspense } from "solid-js";
import type { FieldworkAuditEntry } from "../../../../shared/schemas/fieldwork-audit.ts";
import { fmtNumber, locale, t } from "../../lib/i18n.ts";
import { getFieldworkAudit } from "./fieldwork-data.ts";

function what(e: FieldworkAuditEntry): string {
  const n = fmtNumber(e.count ?? 0);
  switch (e.action) {
    case "invitations.create":
      return t("survey.audit.invitations.create", { n });
    case "invitations.revoke":
      return e.count === null
        ? t("survey.audit.invitations.revokeAll")
        : t("survey.audit.invitations.revoke", { n });
    case "responses.import":
      return t("survey.audit.responses.import", { n });
    case "headcount.set":
      return e.count === null ? t("survey.audit.headcount.clear") : t("survey.audit.headcount.set", { n });
    case "slips.request":
      return t("survey.audit.slips.request", { n });
  }
}

const when = (iso: string) =>
  new Date(iso).toLocaleString(locale() === "da" ? "da-DK" : "en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
  });

/**
 * The round's fieldwork audit as the reader may see it: the coordinator every centre's entries,
 * a facilitator their own centre's. So the person holding the codes is watched by the centres.
 */
export function AuditSection(props: { roundId: string }) {
  const audit = createAsync(() => getFieldworkAudit(props.roundId));
  return (
    <section class="fieldwork-screen" aria-labelledby="audit-title" id="fieldwork-audit">
      <h2 id="audit-title">{t("survey.audit.title")}</h2>
      <p>{t("survey.audit.intro")}</p>
      <Suspense fallback={<p class="loading">{t("app.loading")}</p>}>
        <Show when={audit()}>
          {(a) => (
            <Show when={a().entries.length > 0} fallback={<p>{t("survey.audit.none")}</p>}>
              <section class="fieldwork-table-box" tabindex="0" aria-labelledby="audit-caption">
                <table class="fieldwork-table" id="audit-table">
                  <caption id="audit-caption">{t("survey.audit.caption")}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("survey.audit.when")}</th>
                      <th scope="col">{t("survey.audit.what")}</th>
                      <th scope="col">{t("survey.audit.group")}</th>
                      <th scope="col">{t("survey.audit.who")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    <For each={a().entries}>
                      {(e) => (
                        <tr>
                          <td>
                            <time datetime={e.at}>{when(e.at)}</time>
                          </td>
                          <td>
                            {what(e)}
                            <Show when={e.note}>
                              <br />
                              <span class="muted">“{e.note}”</span>
                            </Show>
                          </td>
                          <td>
                            {e.centreName}
                            <Show when={e.teamName}> · {e.teamName}</Show>
                          </td>
                          <td>{e.actor ?? t("survey.audit.deleted")}</td>
                        </tr>
                      )}
                    </For>
                  </tbody>
                </table>
              </section>
            </Show>
          )}
        </Show>
      </Suspense>
    </section>
  );
}
