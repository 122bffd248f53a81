/**
 * Reads for exports go through D1's Sessions API where the binding has it: `first-unconstrained`
 * lets the first query go to the nearest replica, and every later query of the export sees data at
 * least as new (sequential consistency), so one export never mixes two states of the database. A
 * client may pass the bookmark of an earlier export (`x-d1-bookmark`) to read no older data than
 * that. Local workerd without sessions falls back to the plain binding.
 */
export type Reader = Pick<D1Database, "prepare" | "batch">;

export interface ReadSession {
  reader: Reader;
  /** The session's latest bookmark, null when sessions are not available or nothing was read yet. */
  bookmark(): string | null;
}

// D1 bookmarks look like `00000000-000000e6-00000000-<32 hex>`; anything else starts a fresh session.
const BOOKMARK = /^[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{32}$/;

export function openReadSession(d1: D1Database, bookmark?: string | null): ReadSession {
  const withSession = (d1 as Partial<D1Database>).withSession;
  if (typeof withSession === "function") {
    try {
      const session = withSession.call(
        d1,
        bookmark && BOOKMARK.test(bookmark) ? bookmark : "first-unconstrained",
      );
      return {
        reader: session,
        bookmark: () => {
          try {
            return session.getBookmark();
          } catch {
            return null;
          }
        },
      };
    } catch {
      // An unknown or malformed bookmark, or a runtime without sessions: read from the binding.
    }
  }
  return { reader: d1, bookmark: () => null };
}
