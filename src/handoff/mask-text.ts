/**
 * Masks what looks like personal data in free text before an agent reads it: emails keep their first letter and
 * domain, runs of 7+ digits (ID numbers, phones, permits, with an ID's final X) keep their first 3 and last 2 characters.
 * The agent reveals the real value of a profile field through an audited action instead.
 * @example maskText('call 13812345678 or ana@example.com') // 'call 138******78 or a***@example.com'
 */
export function maskText(text: string): string {
  return text
    .replace(/([\p{L}\p{N}])[\p{L}\p{N}._%+-]*@([\p{L}\p{N}.-]+\.[\p{L}]{2,})/gu, '$1***@$2')
    .replace(/[A-Za-z]?\d[\d -]{5,}[\dXx]/g, (run) => {
      const chars = run.replace(/[ -]/g, '');
      if (chars.replace(/\D/g, '').length < 7) return run;
      return `${chars.slice(0, 3)}${'*'.repeat(Math.max(chars.length - 5, 1))}${chars.slice(-2)}`;
    });
}
