/**
 * Survey codes: typed by people from a printed slip, so short, upper-case and free of look-alike
 * characters (humanCode); 10 characters from 31 give about 49 bits, and the survey endpoints are
 * throttled, so guessing a live code is out of reach. Only the SHA-256 of a code is stored.
 */

import { normaliseCode } from "../../../shared/codes.ts";
import { humanCode, sha256Hex } from "../../lib/ids.ts";

export const CODE_LENGTH = 10;

export const newCode = () => humanCode(CODE_LENGTH);

export const codeHash = (typed: string) => sha256Hex(normaliseCode(typed));
