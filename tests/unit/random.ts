/** mulberry32: a small seedable generator, so that a failing property replays from its seed. */
export { mulberry32 as random } from "../../shared/ranking/prng.ts";
