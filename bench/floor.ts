/** The floor: one pass over the packed answers, summing the bytes. No scoring can do less. */
export function sumPacked(packed: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < packed.length; i++) sum += packed[i] as number;
  return sum;
}
