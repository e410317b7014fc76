import { describe, expect, it } from 'vitest';
import { boundedMemo } from '../../../core/time/bounded-memo';

describe('boundedMemo', () => {
  it('computes each key once, null and undefined results included', () => {
    const calls: string[] = [];
    const memo = boundedMemo((key: string) => {
      calls.push(key);
      return key === 'none' ? null : key === 'gone' ? undefined : key.length;
    });
    expect([memo('abc'), memo('abc'), memo('none'), memo('none'), memo('gone'), memo('gone')]).toEqual([3, 3, null, null, undefined, undefined]);
    expect(calls).toEqual(['abc', 'none', 'gone']);
  });

  it('starts over when full, so distinct keys cost memory only up to the cap', () => {
    const calls: number[] = [];
    const memo = boundedMemo((key: number) => {
      calls.push(key);
      return key * 2;
    }, 2);
    [1, 2, 1, 3, 1].forEach((key) => expect(memo(key)).toBe(key * 2));
    // 3 found the table full and cleared it, so 1 is computed again after it.
    expect(calls).toEqual([1, 2, 3, 1]);
  });
});
