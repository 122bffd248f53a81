/**
 * Live data for a screen in a meeting room: load now, then again every few seconds, slower while
 * the tab is hidden, never two requests at once. The answer goes into a store through `reconcile`
 * (keyed by `id`), so that rows that did not change keep their DOM: a checkbox being ticked or a
 * button with the focus survives the next poll.
 */
import { onCleanup } from "solid-js";
import { createStore, reconcile } from "solid-js/store";

export interface Poll<T> {
  /** The latest answer (undefined until the first arrives). */
  value: () => T | undefined;
  /** The last failure, cleared by the next success; the previous answer stays shown meanwhile. */
  error: () => unknown;
  /** True until the first answer or failure. */
  loading: () => boolean;
  /** Load now (after a change), and return when the answer is in. */
  refresh: () => Promise<void>;
}

/**
 * @param load fetches the data
 * @param every milliseconds between loads, or null to load only on `refresh()` (read reactively
 *   at each scheduling, so a screen can poll only while it needs to)
 */
export function createPoll<T extends object>(load: () => Promise<T>, every: () => number | null): Poll<T> {
  const [state, setState] = createStore<{ value?: T; error?: unknown; loading: boolean }>({
    loading: true,
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;

  const schedule = () => {
    clearTimeout(timer);
    const ms = every();
    if (stopped || ms === null) return;
    timer = setTimeout(() => void tick(), document.hidden ? ms * 5 : ms);
  };

  const tick = (): Promise<void> => {
    if (running) {
      // A change was made while a load was under way: load once more after it.
      again = true;
      return running;
    }
    clearTimeout(timer);
    running = load()
      .then(
        (value) => {
          if (stopped) return;
          setState("value", reconcile(value, { key: "id", merge: true }) as never);
          setState({ error: undefined, loading: false });
        },
        (error: unknown) => {
          if (stopped) return;
          setState({ error, loading: false });
        },
      )
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          void tick();
        } else schedule();
      });
    return running;
  };

  const onVisible = () => {
    if (!document.hidden) void tick();
  };
  document.addEventListener("visibilitychange", onVisible);
  onCleanup(() => {
    stopped = true;
    clearTimeout(timer);
    document.removeEventListener("visibilitychange", onVisible);
  });

  void tick();

  return {
    value: () => state.value as T | undefined,
    error: () => state.error,
    loading: () => state.loading,
    refresh: async () => {
      await tick();
      if (running) await running;
    },
  };
}
