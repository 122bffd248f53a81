/**
 * Uploads a CSV file with XMLHttpRequest, whose upload events (unlike fetch's) tell how much of
 * the body has left the browser, so that a 20 MB file shows real progress.
 */
import { type ImportResult, importResultSchema } from "../../../../shared/schemas/survey.ts";

export type UploadOutcome =
  /** 200 (seen before), 201 (stored) or 422 with the rows rejected (nothing stored). */
  | { kind: "result"; status: number; result: ImportResult; detail: string | null }
  /** Any other refusal, with the API's words. */
  | { kind: "problem"; status: number; detail: string; code: string | null }
  | { kind: "offline" };

export interface Upload {
  done: Promise<UploadOutcome>;
  abort: () => void;
}

export function uploadCsv(
  url: string,
  file: Blob,
  onProgress: (loaded: number, total: number) => void,
): Upload {
  const xhr = new XMLHttpRequest();
  const done = new Promise<UploadOutcome>((resolve) => {
    xhr.open("POST", url);
    xhr.withCredentials = true;
    xhr.setRequestHeader("content-type", "text/csv; charset=utf-8");
    xhr.setRequestHeader("accept", "application/json");
    xhr.upload.addEventListener("progress", (e) => {
      if (e.lengthComputable) onProgress(e.loaded, e.total);
    });
    xhr.addEventListener("load", () => {
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = undefined;
      }
      const detail =
        typeof (body as { detail?: unknown } | undefined)?.detail === "string"
          ? (body as { detail: string }).detail
          : null;
      const parsed = importResultSchema.safeParse(body);
      if (parsed.success && (xhr.status === 200 || xhr.status === 201 || xhr.status === 422)) {
        resolve({ kind: "result", status: xhr.status, result: parsed.data, detail });
      } else {
        const code = (body as { code?: unknown } | undefined)?.code;
        resolve({
          kind: "problem",
          status: xhr.status,
          detail: detail ?? xhr.statusText,
          code: typeof code === "string" ? code : null,
        });
      }
    });
    xhr.addEventListener("error", () => resolve({ kind: "offline" }));
    xhr.addEventListener("abort", () => resolve({ kind: "offline" }));
    xhr.send(file);
  });
  return { done, abort: () => xhr.abort() };
}
