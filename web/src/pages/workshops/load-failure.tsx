import { PageTitle } from "../../components/page-title.tsx";
import { ApiError } from "../../lib/api.ts";
import { problemMessage } from "../../lib/form.ts";
import { t } from "../../lib/i18n.ts";

/** A live page whose first load failed: said plainly, with the page's heading (as AsyncView does). */
export function LoadFailure(props: { error: unknown; notFound: string }) {
  const missing = () =>
    props.error instanceof ApiError && (props.error.status === 404 || props.error.status === 403);
  const heading = () => (missing() ? t("notFound.title") : t("error.server"));
  return (
    <div class="notice notice--error">
      <PageTitle text={heading()}>{heading()}</PageTitle>
      <p role="alert">{missing() ? props.notFound : problemMessage(props.error)}</p>
      <p>
        <a href="/">{t("notFound.home")}</a>
      </p>
    </div>
  );
}
