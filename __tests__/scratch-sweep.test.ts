/** Which scratch databases the engine harness sweeps before its first open: those of test processes that are gone. */
import { spawnSync } from 'node:child_process';
import { orphans, sweeper } from './support/scratch-sweep.js';

const dead = (): number => {
  const pid = spawnSync('true').pid; // exited by the time spawnSync returns
  expect(pid).toBeGreaterThan(0);
  return pid;
};

test('only dbs_<pid>_<n>_<random> names whose pid no longer runs are orphans', () => {
  const gone = dead();
  const names = [
    `dbs_${gone}_1_abc123`, `dbs_${process.pid}_2_def456`, `dbs_${process.ppid}_3_ghi789`,
    'dbs_app', 'dbs_notapid_1_x', `dbsx_${gone}_1_abc`, `dbs_${gone}_1_ABC`, 'postgres',
  ];
  expect(orphans(names)).toEqual([`dbs_${gone}_1_abc123`]);
});

test('a sweep lists once, drops each orphan, and swallows every failure', async () => {
  const gone = dead();
  let lists = 0;
  const dropped: string[] = [];
  const sweep = sweeper(async () => {
    lists += 1;
    return [`dbs_${gone}_1_aaa`, `dbs_${gone}_2_bbb`, `dbs_${process.pid}_1_ccc`];
  }, async (n) => {
    dropped.push(n);
    if (n.endsWith('aaa')) throw new Error('drop failed');
  });
  await expect(sweep()).resolves.toBeUndefined();
  await expect(sweep()).resolves.toBeUndefined();
  expect(lists).toBe(1);
  expect(dropped.sort()).toEqual([`dbs_${gone}_1_aaa`, `dbs_${gone}_2_bbb`]);
  const failing = sweeper(() => Promise.reject(new Error('server gone')), async () => undefined);
  await expect(failing()).resolves.toBeUndefined();
});
