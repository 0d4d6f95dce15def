import { readToken, secondHash, token } from './read-token';

/** Every token of a short text (an alias, a matched span), as arrays; see read-token.ts. */
export interface TokenList {
  count: number;
  start: number[];
  end: number[];
  hash1: number[];
  hash2: number[];
  flags: number[];
}

export function tokenize(text: string): TokenList {
  const list: TokenList = { count: 0, start: [], end: [], hash1: [], hash2: [], flags: [] };
  for (let i = readToken(text, 0); i >= 0; i = readToken(text, i)) {
    list.start.push(token.start);
    list.end.push(token.end);
    list.hash1.push(token.hash1);
    list.hash2.push(secondHash(text));
    list.flags.push(token.flags);
    list.count++;
  }
  return list;
}
