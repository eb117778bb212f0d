import assert from 'node:assert/strict';
import { threadCpuMs } from '../../../src/extension/threadCpu';

describe('threadCpuMs', () => {
  it('counts this thread’s CPU time on Linux, and says nothing elsewhere', function () {
    if (process.platform !== 'linux') {
      assert.equal(threadCpuMs(), undefined);
      return;
    }
    const before = threadCpuMs();
    assert.ok(before !== undefined && before >= 0);
    // Spin for 200 ms of wall time: on a busy machine less of it is CPU time, but never none of it.
    let spins = 0;
    for (const end = Date.now() + 200; Date.now() < end; ) spins++;
    const after = threadCpuMs()!;
    assert.ok(spins > 0);
    assert.ok(after > before, `CPU time moved from ${before} to ${after} ms`);
  });
});
