/**
 * `db-import --file` of a `pg_dump --schema-only` as pg_dump writes it since PostgreSQL 17.6 / 16.10 / 15.14 /
 * 14.19 / 13.22: it opens with psql's `\restrict <key>` and ends with `\unrestrict <key>`, meta-commands that only
 * psql reads. The file loads (PGlite: it stopped at the backslash) and round-trips to the same catalog.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../support/temp.js';
import { catalogOf, replay } from './roundtrip.js';

const KEY = 'a00E2m4vmCuwjrBoTLdHsi29wfxHlpefKkTemqEXm4Xgubk1ihxIUgsUVz2byZM';
const BODY = `SET statement_timeout = 0;
SELECT pg_catalog.set_config('search_path', '', false);
CREATE TABLE public.tools (
    id bigint NOT NULL,
    name character varying(80) NOT NULL
);
ALTER TABLE public.tools ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME public.tools_id_seq);
ALTER TABLE ONLY public.tools ADD CONSTRAINT pk_tools PRIMARY KEY (id);
`;

test('a pg_dump with \\restrict / \\unrestrict lines: loaded into PGlite, the same catalog back', async () => {
  const file = join(tempDir('pgdump-restrict'), 'schema.sql');
  writeFileSync(file, `--\n-- PostgreSQL database dump\n--\n\n\\restrict ${KEY}\n\n${BODY}\n\\unrestrict ${KEY}\n\n`);
  const trip = await replay('pglite', await catalogOf('pglite', BODY, ['SET search_path TO public']), ['--file', file, '--db', 'postgres']);
  expect(trip.diffs).toEqual([]);
}, 240_000);
