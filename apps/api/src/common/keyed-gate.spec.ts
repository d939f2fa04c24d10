import { KeyedGate } from './keyed-gate';

const tick = () => new Promise((r) => setImmediate(r));

describe('KeyedGate', () => {
  it('runs work of one key one at a time, in arrival order', async () => {
    const gate = new KeyedGate();
    const log: string[] = [];
    const job = (name: string) =>
      gate.run(['s1'], async () => {
        log.push(`${name} start`);
        await tick();
        log.push(`${name} end`);
      });
    await Promise.all([job('a'), job('b'), job('c')]);
    expect(log).toEqual(['a start', 'a end', 'b start', 'b end', 'c start', 'c end']);
    expect(gate.busyKeys).toBe(0);
  });

  it('lets work of other keys run alongside, and takes several keys without a cycle', async () => {
    const gate = new KeyedGate();
    let running = 0;
    let most = 0;
    const job = (keys: string[]) =>
      gate.run(keys, async () => {
        most = Math.max(most, ++running);
        await tick();
        running--;
      });
    await Promise.all([job(['a', 'b']), job(['b', 'a']), job(['c']), job(['d'])]);
    expect(most).toBeGreaterThan(1);
    expect(gate.busyKeys).toBe(0);
  });

  it('lets `width` holders of one key run at once, the rest in arrival order', async () => {
    const gate = new KeyedGate(2);
    let running = 0;
    let most = 0;
    const order: number[] = [];
    await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        gate.run(['s'], async () => {
          most = Math.max(most, ++running);
          await tick();
          order.push(i);
          running--;
        }),
      ),
    );
    expect(most).toBe(2);
    expect(order).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('releases the key when the work fails', async () => {
    const gate = new KeyedGate();
    await expect(gate.run(['k'], () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(gate.run(['k'], async () => 'next')).resolves.toBe('next');
  });
});
