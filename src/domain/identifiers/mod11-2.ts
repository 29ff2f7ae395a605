/** ISO 7064 MOD 11-2 weights for the 17 body digits: 2^(18−i) mod 11. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;

/**
 * MOD 11-2 check character (GB 11643-1999) of a 17-digit body; 10 is written X.
 * @example mod112CheckChar('11010519491231002') // 'X'
 */
export function mod112CheckChar(body17: string): string {
  let sum = 0;
  for (let i = 0; i < WEIGHTS.length; i += 1) sum += Number(body17.charAt(i)) * (WEIGHTS[i] ?? 0);
  const check = (12 - (sum % 11)) % 11;
  return check === 10 ? 'X' : String(check);
}
