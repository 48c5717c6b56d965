/** A LIKE pattern matching `text` anywhere, with LIKE's own wildcards in it taken literally. */
export function containing(text: string): string {
  return `%${escapeLike(text)}%`;
}

/** `text` with %, _ and \\ escaped for LIKE / ILIKE. */
export function escapeLike(text: string): string {
  return text.replace(/[%_\\]/g, (c) => `\\${c}`);
}
