// What a form may start its draft from, with a real QueryClient: never a cached copy that is being fetched again,
// never the previous key's answer kept on screen, and, once current, not taken away by a refetch of the same key.
import { hashKey, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { createQueryClient, freshAnswer } from '../../../renderer/src/api/queries';

/** A stand-in core whose answers wait until the test lets them go. */
function slowCore() {
  const words = new Map<string, string>();
  const waiting: (() => void)[] = [];
  return {
    words,
    get: (id: string) =>
      new Promise<string>((resolve) => {
        waiting.push(() => resolve(words.get(id) ?? ''));
      }),
    answerAll: () => waiting.splice(0).forEach((answer) => answer()),
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('freshAnswer', () => {
  it('follows one screen through its own refetch, a stale cached key and a key not yet loaded', async () => {
    const client = createQueryClient();
    const core = slowCore();
    core.words.set('a', 'Brief A').set('b', 'Brief B, old words');
    const options = (id: string) => ({ queryKey: ['briefs', 'detail', id], queryFn: () => core.get(id) });
    // Brief B was opened earlier: its answer is in the cache.
    const prefetched = client.prefetchQuery(options('b'));
    await settle();
    core.answerAll();
    await prefetched;

    const observer = new QueryObserver<string>(client, options('a'));
    const unsubscribe = observer.subscribe(() => undefined); // an observed query fetches, as on a screen
    let seen: string | null = null;
    const pick = (id: string) => {
      const answer = freshAnswer(observer.getCurrentResult(), hashKey(options(id).queryKey), seen);
      seen = answer.currentKey;
      return answer.fresh;
    };

    // A's first answer is on its way: nothing to start from; then A's words.
    expect(pick('a')).toBeUndefined();
    core.answerAll();
    await settle();
    expect(pick('a')).toBe('Brief A');

    // The form saved; A is fetched again: the form keeps what it has.
    void client.invalidateQueries({ queryKey: ['briefs', 'detail', 'a'] });
    await settle();
    expect(observer.getCurrentResult().isFetching).toBe(true);
    expect(pick('a')).toBe('Brief A');
    core.answerAll();
    await settle();

    // B changed elsewhere while its screen was closed: its cached copy is being fetched again. Not the old words.
    core.words.set('b', 'Brief B, new words');
    await client.invalidateQueries({ queryKey: ['briefs', 'detail', 'b'], refetchType: 'none' });
    observer.setOptions(options('b'));
    await settle();
    expect(observer.getCurrentResult().data).toBe('Brief B, old words');
    expect(pick('b')).toBeUndefined();
    core.answerAll();
    await settle();
    expect(pick('b')).toBe('Brief B, new words');

    // C was never loaded: B's answer stays on screen as a placeholder, but a form must not start from it.
    core.words.set('c', 'Brief C');
    observer.setOptions(options('c'));
    await settle();
    expect(observer.getCurrentResult().data).toBe('Brief B, new words');
    expect(pick('c')).toBeUndefined();
    core.answerAll();
    await settle();
    expect(pick('c')).toBe('Brief C');

    unsubscribe();
    client.clear();
  });
});
