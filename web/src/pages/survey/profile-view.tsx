import { For, Show } from "solid-js";
import { fmtNumber, locale, t } from "../../lib/i18n.ts";
import type { Profile, ProfileRow } from "./profile-scores.ts";
import { SupportNote } from "./support-note.tsx";

const score = (value: number | null) => (value === null ? "–" : fmtNumber(value, 0));
const percent = (value: number) => `${Math.max(0, Math.min(100, value))}%`;

/** Rows grouped by their domain, in questionnaire order. */
function byDomain(rows: ProfileRow[]): { domain: string; rows: ProfileRow[] }[] {
  const groups: { domain: string; rows: ProfileRow[] }[] = [];
  for (const row of rows) {
    const name = row.domain[locale()];
    const last = groups[groups.length - 1];
    if (last && last.domain === name) last.rows.push(row);
    else groups.push({ domain: name, rows: [row] });
  }
  return groups;
}

/**
 * The respondent's own scale scores next to the reference values: a dot chart for the eye and a
 * table with the same figures for screen readers (the chart is hidden from them).
 */
export function ProfileView(props: { profile: Profile }) {
  const label = (row: ProfileRow) =>
    `${row.label[locale()]}${row.polarity === "higher-worse" ? ` ${t("survey.profile.higherWorse")}` : ""}`;
  return (
    <section class="survey-profile" aria-labelledby="profile-title">
      <h2 id="profile-title">{t("survey.profile.title")}</h2>
      <p>{t("survey.profile.private")}</p>
      <SupportNote support={props.profile.support} />
      <p>{t("survey.profile.howToRead")}</p>
      <Show when={props.profile.reference}>
        {(ref) => (
          <p class="muted">
            {t("survey.profile.reference", { name: ref().name[locale()], source: ref().source[locale()] })}
            <Show when={ref().synthetic}> {t("survey.profile.synthetic")}</Show>
          </p>
        )}
      </Show>

      <figure class="profile-chart">
        <figcaption>{t("survey.profile.chartCaption")}</figcaption>
        <div class="profile-chart__legend" aria-hidden="true">
          <span>
            <span class="profile-mark profile-mark--you" /> {t("survey.profile.you")}
          </span>
          <Show when={props.profile.reference}>
            <span>
              <span class="profile-mark profile-mark--ref" /> {t("survey.profile.referenceShort")}
            </span>
          </Show>
        </div>
        <div class="profile-chart__rows" aria-hidden="true">
          <For each={props.profile.rows}>
            {(row) => (
              <div class="profile-row">
                <span class="profile-row__label">{label(row)}</span>
                <span class="profile-row__track">
                  <Show when={row.reference !== null}>
                    <span
                      class="profile-mark profile-mark--ref"
                      style={{ left: percent(row.reference ?? 0) }}
                    />
                  </Show>
                  <Show
                    when={row.score !== null}
                    fallback={<span class="profile-row__missing">{t("survey.profile.missing")}</span>}
                  >
                    <span class="profile-mark profile-mark--you" style={{ left: percent(row.score ?? 0) }} />
                  </Show>
                </span>
              </div>
            )}
          </For>
          <div class="profile-row profile-row--axis">
            <span class="profile-row__label" />
            <span class="profile-row__axis">
              <span>0</span>
              <span>50</span>
              <span>100</span>
            </span>
          </div>
        </div>
      </figure>

      <section class="profile-table-box" tabindex="0" aria-labelledby="profile-table-caption">
        <table class="profile-table">
          <caption id="profile-table-caption">{t("survey.profile.tableCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("survey.profile.scale")}</th>
              <th scope="col">{t("survey.profile.you")}</th>
              <th scope="col">{t("survey.profile.referenceShort")}</th>
            </tr>
          </thead>
          <For each={byDomain(props.profile.rows)}>
            {(group) => (
              <tbody>
                <tr>
                  <th scope="colgroup" colSpan={3} class="profile-table__domain">
                    {group.domain}
                  </th>
                </tr>
                <For each={group.rows}>
                  {(row) => (
                    <tr>
                      <th scope="row">{label(row)}</th>
                      <td>{row.score === null ? t("survey.profile.missing") : score(row.score)}</td>
                      <td>{score(row.reference)}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            )}
          </For>
        </table>
      </section>
    </section>
  );
}
