/**
 * Survey codes: typed by people from a printed slip, so short, upper-case and free of look-alike
 * characters (humanCode); 10 characters from 31 give about 49 bits, and the survey endpoints are
 * throttled, so guessing a live code is out of reach. Only the SHA-256 of a code is stored.
 */
import { humanCode, sha256Hex } from "../../lib/ids.ts";

export const CODE_LENGTH = 10;

export const newCode = () => humanCode(CODE_LENGTH);

/** What a person types may carry the grouping of the slip ("ABCD-EFGH-JK"), spaces or lower case. */
export const normalizeCode = (typed: string) => typed.replace(/[\s-]+/g, "").toUpperCase();

export const codeHash = (typed: string) => sha256Hex(normalizeCode(typed));
