// A count with its noun, in plain words: "1 client", "2 briefs", "1,204 paper-trail entries".
import { formatCount } from '../model/common';

export function plural(count: number, one: string, many: string): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}
