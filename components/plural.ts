/** "1 article", "3 articles": counts the reader sees must read as English. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
