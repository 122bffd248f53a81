/**
 * What a pair's phone remembers about one voting session, in localStorage: the ballot being
 * made (so a reload does not lose it), the ballot being sent with its Idempotency-Key (so a retry,
 * even after a reload, reuses the key and is counted once), and the receipt once it is counted.
 */
import type { BallotBody } from "../../../../shared/schemas/workshop.ts";

export interface BallotDraft {
  /** Rank: the order on screen; top N: the picks in order. */
  order?: string[];
  picks?: string[];
  /** Pairwise: the pairs in the order shown, each [left, right]. */
  pairs?: [string, string][];
  /** Pairwise: per pair index, the winner's id, or "skip". */
  choices?: Record<number, string>;
  at?: number;
}

export interface BallotState {
  draft?: BallotDraft;
  /** Sent (or about to be) and not yet confirmed: the retry sends exactly this again. */
  pending?: { key: string; body: BallotBody };
  done?: { id: string; receivedAt: string };
  /** Ballots this phone has sent in the session (the facilitator allows one, or a few). */
  sent?: number;
}

const storageKey = (code: string) => `amica.ballot.${code}`;

export function loadBallot(code: string): BallotState {
  try {
    const raw = localStorage.getItem(storageKey(code));
    const value = raw ? (JSON.parse(raw) as unknown) : {};
    return value && typeof value === "object" ? (value as BallotState) : {};
  } catch {
    return {};
  }
}

export function saveBallot(code: string, state: BallotState): void {
  try {
    localStorage.setItem(storageKey(code), JSON.stringify(state));
  } catch {
    // storage blocked or full: the ballot still works for this page
  }
}

export function updateBallot(code: string, patch: Partial<BallotState>): BallotState {
  const next = { ...loadBallot(code), ...patch };
  saveBallot(code, next);
  return next;
}

/** A fresh key per ballot; `randomUUID` needs a secure context, so fall back to random bytes. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A fair start: each phone shows the statements in its own random order. */
export function shuffled<T>(list: readonly T[]): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = crypto.getRandomValues(new Uint32Array(1))[0] ?? 0;
    const k = j % (i + 1);
    [out[i], out[k]] = [out[k] as T, out[i] as T];
  }
  return out;
}

const DEVICE_KEY = "amica.device";
let memoryDevice: string | undefined;

/**
 * This phone's own random id, kept in localStorage: the API counts ballots per phone with it. It
 * names no person and is sent only with ballots.
 */
export function deviceId(): string {
  try {
    const known = localStorage.getItem(DEVICE_KEY);
    if (known && /^[A-Za-z0-9-]{8,64}$/.test(known)) return known;
    const fresh = newIdempotencyKey();
    localStorage.setItem(DEVICE_KEY, fresh);
    return fresh;
  } catch {
    memoryDevice ??= newIdempotencyKey();
    return memoryDevice;
  }
}
