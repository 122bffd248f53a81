/**
 * Form state shared by every form: field errors (from the shared zod schema before sending, or
 * from the API's problem+json after), a form-level problem, a success status and a busy flag.
 * Messages are kept as sent and translated when shown, so they follow a language switch.
 */
import { createSignal } from "solid-js";
import type { z } from "zod";
import type { MessageKey } from "../../../shared/i18n/index.ts";
import { issueCode } from "../../../shared/schemas/field-error-code.ts";
import { ApiError, type FieldError } from "./api.ts";
import { t, tFieldError } from "./i18n.ts";

export interface FormState {
  /** The translated error for a field (matched on the first segment of the error's path). */
  error(field: string): string | undefined;
  errorCount(): number;
  /** A form-level problem, translated. */
  failure(): string | undefined;
  status(): string | undefined;
  busy(): boolean;
  /**
   * Checks `values` with `schema`, then sends the parsed input; shows the errors of either step.
   * Returns the result, or undefined when it failed.
   */
  submit<S extends z.ZodType, R>(
    form: HTMLFormElement,
    schema: S,
    values: unknown,
    send: (input: z.output<S>) => Promise<R>,
  ): Promise<R | undefined>;
  /** Runs a change with no fields of its own (a button in a list). */
  run<R>(send: () => Promise<R>): Promise<R | undefined>;
  setStatus(message: (() => string) | undefined): void;
}

const fieldOf = (path: string) => path.split(".")[0] ?? path;

/** The words for an API failure that is not about one field. */
export function problemMessage(
  err: unknown,
  overrides: Partial<Record<number, MessageKey>> = {},
  codes: Partial<Record<string, MessageKey>> = {},
): string {
  if (!(err instanceof ApiError)) return t("error.server");
  const coded = err.code ? codes[err.code] : undefined;
  if (coded) return t(coded);
  const special = overrides[err.status];
  if (special) return t(special);
  if (err.reason) {
    // A refusal with a machine code: its own words where a feature has them ("<feature>.refusal.<code>").
    const key = `workshops.refusal.${err.reason}` as MessageKey;
    const said = t(key);
    if (said !== key) return said;
  }
  switch (err.status) {
    case 0:
      return t("error.network");
    case 400:
    case 422:
      return t("error.badRequest");
    case 401:
      return t("error.unauthenticated");
    case 403:
      return t("error.forbidden");
    case 404:
      return t("error.notFound");
    case 409:
      return t("error.conflict");
    case 413:
      return t("error.tooLargeBody");
    case 429:
      return t("error.throttled");
    default:
      return t("error.server");
  }
}

export interface FormOptions {
  /** Words of its own for a status, e.g. a 401 from signing in means a wrong password. */
  statusMessages?: Partial<Record<number, MessageKey>>;
  /** Words for a problem's `code`; such a problem is shown as the form's failure, not per field. */
  codeMessages?: Partial<Record<string, MessageKey>>;
}

export function createForm(options: FormOptions = {}): FormState {
  const [errors, setErrors] = createSignal<FieldError[]>([]);
  const [failure, setFailure] = createSignal<unknown>();
  // An error about the whole form (zod's "(root)" path), shown as the form's failure.
  const [rootError, setRootError] = createSignal<FieldError>();
  const [status, setStatus] = createSignal<(() => string) | undefined>();
  const [busy, setBusy] = createSignal(false);

  const fieldErrors = () => errors().filter((e) => e.path !== "(root)");

  function show(form: HTMLFormElement | undefined, list: FieldError[]) {
    setErrors(list);
    setRootError(list.find((e) => e.path === "(root)"));
    // Solid has updated the DOM by now: move the keyboard to the first field to correct.
    form?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
  }

  function reset() {
    setErrors([]);
    setFailure(undefined);
    setRootError(undefined);
    setStatus(undefined);
  }

  async function send<R>(form: HTMLFormElement | undefined, work: () => Promise<R>): Promise<R | undefined> {
    setBusy(true);
    try {
      return await work();
    } catch (err) {
      const coded = err instanceof ApiError && err.code !== undefined && options.codeMessages?.[err.code];
      if (err instanceof ApiError && err.errors.length > 0 && !coded) show(form, err.errors);
      else setFailure(err);
      return undefined;
    } finally {
      setBusy(false);
    }
  }

  return {
    error(field) {
      const found = fieldErrors().find((e) => fieldOf(e.path) === field);
      return found ? tFieldError(found) : undefined;
    },
    errorCount: () => fieldErrors().length,
    failure() {
      const root = rootError();
      if (root) return tFieldError(root);
      const err = failure();
      if (err === undefined) return undefined;
      return problemMessage(err, options.statusMessages, options.codeMessages);
    },
    status: () => status()?.(),
    busy,
    async submit(form, schema, values, work) {
      if (busy()) return undefined;
      reset();
      const checked = schema.safeParse(values);
      if (!checked.success) {
        show(
          form,
          checked.error.issues.map((i) => ({
            path: i.path.map(String).join(".") || "(root)",
            message: i.message,
            ...issueCode(i),
          })),
        );
        return undefined;
      }
      return send(form, () => work(checked.data));
    },
    async run(work) {
      if (busy()) return undefined;
      reset();
      return send(undefined, work);
    },
    setStatus: (message) => setStatus(() => message),
  };
}

/** Text inputs as the schemas expect them: an empty optional field is left out. */
export function optional(value: FormDataEntryValue | null): string | undefined {
  const text = typeof value === "string" ? value.trim() : "";
  return text === "" ? undefined : text;
}

/** A number input: NaN stays NaN so that the schema reports it. */
export function numberValue(value: FormDataEntryValue | null): number {
  const text = typeof value === "string" ? value.trim().replace(",", ".") : "";
  return text === "" ? Number.NaN : Number(text);
}
