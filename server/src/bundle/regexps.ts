// Building regular expressions from text the program did not write (names, spellings).

/** `text` with every character a regular expression reads as syntax escaped: `St. (Ives)` matches itself. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
