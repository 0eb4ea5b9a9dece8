/**
 * An FK added only when missing, dropped only when there: MySQL 8 has neither ADD … IF NOT EXISTS nor DROP FOREIGN KEY
 * IF EXISTS (MariaDB alone has them), so the ALTER is chosen from information_schema and run as a prepared statement,
 * which both accept: re-running the file is harmless.
 */
const q = (n: string) => '`' + n.replace(/`/g, '``') + '`';
const lit = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

function once(table: string, name: string, present: boolean, alter: string): string {
  return [
    `SET @ddl = (SELECT IF(COUNT(*) ${present ? '>' : '='} 0, ${lit(`ALTER TABLE ${q(table)} ${alter}`)}, 'DO 0') FROM information_schema.TABLE_CONSTRAINTS`,
    `  WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = ${lit(table)} AND CONSTRAINT_NAME = ${lit(name)} AND CONSTRAINT_TYPE = 'FOREIGN KEY');`,
    'PREPARE ddl FROM @ddl;', 'EXECUTE ddl;', 'DEALLOCATE PREPARE ddl;',
  ].join('\n');
}

/** ADD `fkSql` (CONSTRAINT … FOREIGN KEY …) to `table` unless an FK `name` is there. */
export const addFkOnce = (table: string, fkSql: string, name: string) => once(table, name, false, `ADD ${fkSql}`);

/** DROP FOREIGN KEY `name` of `table` if it is there. */
export const dropFkOnce = (table: string, name: string) => once(table, name, true, `DROP FOREIGN KEY ${q(name)}`);
