/**
 * Issue 16 on the real engines, the behaviour the v3 designs promise: a self many-to-many, one open loan per
 * tool, a case-insensitive unique email, explicit ids, ids never reused, and updated_at plain where the design
 * says plain and kept current where it says auto — the same on PostgreSQL, MariaDB and SQLite.
 */
import { applyUp as up, describeOnEngines, withRoundTrip } from '../support/engine-round.js';
import { renderDesign, scalar } from '../support/schema-run.js';
import { INDEXES, KEYS_V3, SELF_M2M } from './rows-v3.js';

describeOnEngines('language v3 behaviour on the engines', (db, engine) => {
  test('self many-to-many "vouches": up → down → up; a vouch is one row, given once, gone with either member', async () => {
    const e = engine();
    const r = renderDesign(db, SELF_M2M.entities, SELF_M2M.relations);
    await withRoundTrip(e, db, r, async (run) => {
      expect(run.first.tables.vouches.foreignKeys.map((f) => [f.columns.join(), f.refTable, f.onDelete]).sort())
        .toEqual([['member_id', 'members', 'cascade'], ['vouch_member_id', 'members', 'cascade']]);
      await e.exec("INSERT INTO members (handle) VALUES ('ann'), ('bo');");
      const vouch = "INSERT INTO vouches (member_id, vouch_member_id) SELECT a.id, b.id FROM members a, members b WHERE a.handle = 'ann' AND b.handle = 'bo';";
      await e.exec(vouch);
      await expect(e.exec(vouch)).rejects.toThrow();
      await e.exec("DELETE FROM members WHERE handle = 'bo';");
      expect(await scalar(e, 'SELECT COUNT(*) FROM vouches')).toBe(0);
    });
  });

  test('partial unique: two returned loans of one tool, one open loan; a second open one is refused', async () => {
    const r = await up(engine(), db, INDEXES[0][1]);
    const e = engine();
    try {
      await e.exec("INSERT INTO tools (name) VALUES ('drill');");
      const loan = (returned: string) => `INSERT INTO loans (tool_id, returned_at) SELECT id, ${returned} FROM tools;`;
      await e.exec(loan("'2024-01-02 10:00:00'"));
      await e.exec(loan("'2024-02-03 10:00:00'"));
      await e.exec(loan('NULL'));
      await expect(e.exec(loan('NULL'))).rejects.toThrow();
      expect(await scalar(e, 'SELECT COUNT(*) FROM loans')).toBe(3);
    } finally { await e.exec(r.down); }
  });

  test("case-insensitive unique: 'A@x.io' is refused after 'a@x.io'", async () => {
    const r = await up(engine(), db, INDEXES[2][1]);
    const e = engine();
    try {
      await e.exec("INSERT INTO members (email) VALUES ('a@x.io');");
      await expect(e.exec("INSERT INTO members (email) VALUES ('A@x.io');")).rejects.toThrow();
      await e.exec("INSERT INTO members (email) VALUES ('b@x.io');");
      expect(await scalar(e, 'SELECT COUNT(*) FROM members')).toBe(2);
    } finally { await e.exec(r.down); }
  });

  test('identity(by-default) takes an explicit id; autoincrement never hands out a deleted last id again', async () => {
    const e = engine();
    let r = await up(e, db, KEYS_V3[0][1]);
    try {
      await e.exec("INSERT INTO tools (id, name) VALUES (100, 'kept');");
      expect(await scalar(e, 'SELECT id FROM tools')).toBe(100);
    } finally { await e.exec(r.down); }
    r = await up(e, db, KEYS_V3[3][1]);
    try {
      await e.exec("INSERT INTO tools (name) VALUES ('a');");
      await e.exec("INSERT INTO tools (name) VALUES ('b');");
      const last = await scalar(e, 'SELECT MAX(id) FROM tools');
      await e.exec(`DELETE FROM tools WHERE id = ${last};`);
      await e.exec("INSERT INTO tools (name) VALUES ('c');");
      expect(await scalar(e, 'SELECT MAX(id) FROM tools')).toBeGreaterThan(last);
    } finally { await e.exec(r.down); }
  });

  test('updated_at: plain keeps an explicit value and is left alone; auto is kept current — alike on every engine', async () => {
    const e = engine();
    const r = await up(e, db, KEYS_V3[4][1]);
    const at = "'2011-06-01 00:00:00'";
    try {
      await e.exec(`INSERT INTO visits (note, updated_at) VALUES ('a', ${at});`);
      await e.exec("UPDATE visits SET updated_at = '2011-06-02 00:00:00';");
      expect(await scalar(e, "SELECT COUNT(*) FROM visits WHERE updated_at = '2011-06-02 00:00:00'")).toBe(1);
      await e.exec("UPDATE visits SET note = 'b';");
      expect(await scalar(e, "SELECT COUNT(*) FROM visits WHERE updated_at = '2011-06-02 00:00:00'")).toBe(1);
      await e.exec(`INSERT INTO fixes (note, updated_at) VALUES ('a', ${at});`);
      await e.exec("UPDATE fixes SET note = 'b';");
      expect(await scalar(e, "SELECT COUNT(*) FROM fixes WHERE updated_at > '2020-01-01 00:00:00'")).toBe(1);
      // auto, and the UPDATE sets updated_at: the value given is kept (MySQL's ON UPDATE rule, on every engine)
      await e.exec("UPDATE fixes SET note = 'c', updated_at = '2011-06-03 00:00:00';");
      expect(await scalar(e, "SELECT COUNT(*) FROM fixes WHERE updated_at = '2011-06-03 00:00:00'")).toBe(1);
      await e.exec("UPDATE fixes SET note = 'd';");
      expect(await scalar(e, "SELECT COUNT(*) FROM fixes WHERE updated_at > '2020-01-01 00:00:00'")).toBe(1);
    } finally { await e.exec(r.down); }
  });
});
