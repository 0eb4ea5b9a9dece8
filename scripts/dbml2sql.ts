/** `node dist/scripts/dbml2sql.js FILE.dbml [postgres|mysql]`: what @dbml/cli's dbml2sql does (the DBML parsed and
 *  exported as DDL by @dbml/core, a devDependency; the CLI package itself is not installed), for the bench. */
import { readFileSync } from 'node:fs';
import { exporter } from '@dbml/core';

const [file, db = 'postgres'] = process.argv.slice(2);
process.stdout.write(`${exporter.export(readFileSync(file, 'utf8'), db as 'postgres')}\n`);
