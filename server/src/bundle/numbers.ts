// Numbers as messages write them.

/**
 * An integer with a comma between each three digits (`12,345`), as `toLocaleString('en')` writes
 * it. Not that call: it loads ICU's number formats, which made the server's resident memory
 * ~4 MB larger at 1,000 seeds (its first publication says how many problems the file has).
 */
export function withCommas(n: number): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+$)/g, ',');
}
