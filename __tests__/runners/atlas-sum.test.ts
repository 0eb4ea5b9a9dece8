/** atlas.sum: the running hash per file and the sum line, checked against openssl on the same bytes. */
import { execSync } from 'node:child_process';
import { atlasSum } from '../../src/runners/atlas-sum.js';

const b64sha = (text: string) => execSync('openssl dgst -sha256 -binary | base64', { input: text }).toString().trim();

test('each line hashes every name + body up to it; the first line hashes the names with their line hashes', () => {
  const files = [{ name: '2_b.sql', body: 'CREATE TABLE b (x int);\n' }, { name: '1_a.sql', body: 'CREATE TABLE a (x int);\n' }];
  const h1 = b64sha('1_a.sqlCREATE TABLE a (x int);\n');
  const h2 = b64sha('1_a.sqlCREATE TABLE a (x int);\n2_b.sqlCREATE TABLE b (x int);\n');
  const sum = b64sha(`1_a.sql${h1}2_b.sql${h2}`);
  expect(atlasSum(files)).toBe(`h1:${sum}\n1_a.sql h1:${h1}\n2_b.sql h1:${h2}\n`);
});

test('an empty directory has the hash of nothing', () => {
  expect(atlasSum([])).toBe(`h1:${b64sha('')}\n`);
});
