import { A } from "@solidjs/router";
import { PageTitle } from "../components/page-title.tsx";
import { t } from "../lib/i18n.ts";

export default function NotFoundPage() {
  return (
    <div class="notice notice--error">
      <PageTitle text={t("notFound.title")}>{t("notFound.title")}</PageTitle>
      <p role="alert">{t("notFound.text")}</p>
      <p>
        <A href="/">{t("notFound.home")}</A>
      </p>
    </div>
  );
}
