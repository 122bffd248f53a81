import { Navigate, type RouteSectionProps, useLocation } from "@solidjs/router";
import { Match, Switch } from "solid-js";
import { t } from "../lib/i18n.ts";
import { me } from "../lib/session.ts";

/** Pages behind sign-in: a signed-out visitor goes to the login page and comes back after. */
export function RequireAuth(props: RouteSectionProps) {
  const location = useLocation();
  return (
    <Switch>
      <Match when={me() === undefined}>
        <p class="loading" role="status">
          {t("app.loading")}
        </p>
      </Match>
      <Match when={me() === null}>
        <Navigate href={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} />
      </Match>
      <Match when={me()}>{props.children}</Match>
    </Switch>
  );
}
