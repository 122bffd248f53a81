import { A, type RouteSectionProps, useNavigate } from "@solidjs/router";
import { For, Show } from "solid-js";
import { locale, setLocale, t } from "../lib/i18n.ts";
import { me, signOut } from "../lib/session.ts";

/** The frame around every page: skip link, header with menu, language switch and sign-out. */
export function Shell(props: RouteSectionProps) {
  const navigate = useNavigate();
  const logout = async () => {
    await signOut();
    navigate("/login", { replace: true });
  };

  const otherLocale = () => (locale() === "da" ? "en" : "da");

  return (
    <>
      {/* target=_self keeps the router out: the browser's own fragment navigation moves the focus. */}
      <a class="skip-link" href="#main" target="_self">
        {t("app.skipToContent")}
      </a>
      <header class="site-header">
        <div class="site-header__inner">
          <A href="/" class="brand" end>
            <img src="/favicon.svg" alt="" width="28" height="28" />
            <span>{t("app.name")}</span>
          </A>
          <Show when={me()}>
            {(user) => (
              <nav class="main-nav" aria-label={t("app.mainNav")}>
                <ul>
                  <li>
                    <A href="/" end>
                      {t("app.home")}
                    </A>
                  </li>
                  <For each={user().memberships}>
                    {(m) => (
                      <Show when={m.role !== "researcher"}>
                        <li>
                          <A
                            href={
                              m.role === "coordinator" ? `/networks/${m.networkId}` : `/centres/${m.centreId}`
                            }
                          >
                            {m.role === "coordinator" ? m.networkName : (m.centreName ?? m.networkName)}
                          </A>
                        </li>
                      </Show>
                    )}
                  </For>
                </ul>
              </nav>
            )}
          </Show>
          <div class="header-tools">
            <button
              type="button"
              class="button button--quiet"
              lang={otherLocale()}
              onClick={() => void setLocale(otherLocale())}
            >
              {t("app.switchLanguage")}
            </button>
            <Show when={me()}>
              {(user) => (
                <>
                  <span class="who">{t("app.signedInAs", { name: user().name })}</span>
                  <button type="button" class="button button--quiet" onClick={logout}>
                    {t("app.logout")}
                  </button>
                </>
              )}
            </Show>
          </div>
        </div>
      </header>
      <main id="main" tabindex="-1">
        {props.children}
      </main>
      <footer class="site-footer">
        <p>{t("app.tagline")}</p>
      </footer>
    </>
  );
}
