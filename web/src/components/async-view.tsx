import { ErrorBoundary, type JSX, Show, Suspense } from "solid-js";
import { ApiError } from "../lib/api.ts";
import { problemMessage } from "../lib/form.ts";
import { t } from "../lib/i18n.ts";
import { PageTitle } from "./page-title.tsx";

interface AsyncViewProps {
  children: JSX.Element;
  /** What to say when the API answers 404 (not there, or not the caller's to see). */
  notFound?: string;
  /** The view is a whole page: its fallback brings its own `<h1>`. */
  page?: boolean;
}

/** Waits for the data the children read, and says plainly what went wrong if it failed. */
export function AsyncView(props: AsyncViewProps) {
  return (
    <ErrorBoundary
      fallback={(err: unknown) => {
        const missing = err instanceof ApiError && (err.status === 404 || err.status === 403);
        const text = () => (missing ? (props.notFound ?? t("error.notFound")) : problemMessage(err));
        return (
          <div class="notice notice--error">
            <Show when={props.page}>
              <PageTitle text={missing ? t("notFound.title") : t("error.server")}>
                {missing ? t("notFound.title") : t("error.server")}
              </PageTitle>
            </Show>
            <p role="alert">{text()}</p>
            <p>
              <a href="/">{t("notFound.home")}</a>
            </p>
          </div>
        );
      }}
    >
      <Suspense
        fallback={
          <p class="loading" role="status">
            {t("app.loading")}
          </p>
        }
      >
        {props.children}
      </Suspense>
    </ErrorBoundary>
  );
}
