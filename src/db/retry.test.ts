import { describe, expect, it } from 'vitest';
import { retryOnConflict } from './client.ts';

const failure = (code: string, wrapped = false) => (wrapped ? Object.assign(new Error('Failed query'), { cause: { code } }) : Object.assign(new Error(code), { code }));

describe('retryOnConflict', () => {
  it('runs the work again after a deadlock or a serialization failure, reported directly or wrapped', async () => {
    for (const [code, wrapped] of [['40P01', false], ['40001', true]] as const) {
      let calls = 0;
      const result = await retryOnConflict(async () => {
        calls++;
        if (calls < 3) throw failure(code, wrapped);
        return 'done';
      });
      expect(result).toBe('done');
      expect(calls).toBe(3);
    }
  });

  it('does not retry other errors, and gives up after the last attempt', async () => {
    let calls = 0;
    await expect(retryOnConflict(async () => (calls++, Promise.reject(failure('23505'))))).rejects.toThrow('23505');
    expect(calls).toBe(1);
    calls = 0;
    await expect(retryOnConflict(async () => (calls++, Promise.reject(failure('40P01'))), 3)).rejects.toThrow('40P01');
    expect(calls).toBe(3);
  });
});
