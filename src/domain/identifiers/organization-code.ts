/** GB 11714-1997 weights for the 8-character body of an organization code. */
const WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;
const VALUES = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * Check character of an organization code (组织机构代码, GB 11714-1997) for its 8-character body:
 * C9 = 11 − (Σ value·weight mod 11), where 10 is written X and 11 is written 0.
 * @example organizationCodeCheckChar('60003734') // '1'
 */
export function organizationCodeCheckChar(body8: string): string {
  let sum = 0;
  for (let i = 0; i < WEIGHTS.length; i += 1) sum += VALUES.indexOf(body8.charAt(i)) * (WEIGHTS[i] ?? 0);
  const check = 11 - (sum % 11);
  if (check === 10) return 'X';
  return check === 11 ? '0' : String(check);
}
