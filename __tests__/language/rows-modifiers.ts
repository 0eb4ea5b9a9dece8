/** The rows of modifiers-sql.test.ts (shared with engines-rows.test.ts, which runs each design on the engines). */
import type { DialectId } from '../../src/dialects/dialect.js';

export type Row = [string, string, string, Record<DialectId, string[]>];
const UUID_SQLITE = "DEFAULT (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' ||";

// [feature, entity lines, table, lines expected in that table's SQL per dialect]
export const MODIFIERS: Row[] = [
  ['default number / enum / text / boolean', "Film: rate:decimal(4,2):default(4.99), rating:enum(G|PG|R):default(G), note:string(20):default('it''s'), on:boolean:default(true)", 'films', {
    postgres: ['"rate" NUMERIC(4,2) NOT NULL DEFAULT 4.99', `"rating" TEXT NOT NULL DEFAULT 'G'`, `"note" VARCHAR(20) NOT NULL DEFAULT 'it''s'`, '"on" BOOLEAN NOT NULL DEFAULT TRUE'],
    mysql: ['`rate` DECIMAL(4,2) NOT NULL DEFAULT 4.99', "`rating` VARCHAR(16) NOT NULL DEFAULT 'G'", "`note` VARCHAR(20) NOT NULL DEFAULT 'it''s'", '`on` BOOLEAN NOT NULL DEFAULT TRUE'],
    sqlite: ['"rate" NUMERIC(4,2) NOT NULL DEFAULT 4.99', `"rating" TEXT NOT NULL DEFAULT 'G'`, `"note" VARCHAR(20) NOT NULL DEFAULT 'it''s'`, '"on" BOOLEAN NOT NULL DEFAULT TRUE'],
  }],
  ['default now / today / uuid / null, text default', "Log: at:datetime:default(now), day:date:default(today), ref:uuid:default(uuid), memo:text:optional:default(null), body:text:default('x')", 'logs', {
    postgres: ['"at" TIMESTAMPTZ NOT NULL DEFAULT now()', '"day" DATE NOT NULL DEFAULT CURRENT_DATE', '"ref" UUID NOT NULL DEFAULT gen_random_uuid()', '"memo" TEXT DEFAULT NULL', `"body" TEXT NOT NULL DEFAULT 'x'`],
    mysql: ['`at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP', '`day` DATE NOT NULL DEFAULT (CURRENT_DATE)', '`ref` CHAR(36) NOT NULL DEFAULT (UUID())', '`memo` TEXT NULL DEFAULT NULL', "`body` TEXT NOT NULL DEFAULT ('x')"],
    sqlite: ['"at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP', '"day" DATE NOT NULL DEFAULT CURRENT_DATE', `"ref" TEXT NOT NULL ${UUID_SQLITE}`, '"memo" TEXT DEFAULT NULL', `"body" TEXT NOT NULL DEFAULT 'x'`],
  }],
  ['default literals: date, time, json, uuid', "Slot: d:date:default('2024-01-31'), t:time:default('09:30'), j:json:default('{}'), u:uuid:default('123e4567-e89b-12d3-a456-426614174000')", 'slots', {
    postgres: [`"d" DATE NOT NULL DEFAULT '2024-01-31'`, `"t" TIME NOT NULL DEFAULT '09:30'`, `"j" JSONB NOT NULL DEFAULT '{}'`, `"u" UUID NOT NULL DEFAULT '123e4567-e89b-12d3-a456-426614174000'`],
    mysql: ["`d` DATE NOT NULL DEFAULT '2024-01-31'", "`t` TIME NOT NULL DEFAULT '09:30'", "`j` JSON NOT NULL DEFAULT ('{}')", "`u` CHAR(36) NOT NULL DEFAULT '123e4567-e89b-12d3-a456-426614174000'"],
    sqlite: [`"d" DATE NOT NULL DEFAULT '2024-01-31'`, `"t" TIME NOT NULL DEFAULT '09:30'`, `"j" JSON NOT NULL DEFAULT '{}'`, `"u" TEXT NOT NULL DEFAULT '123e4567-e89b-12d3-a456-426614174000'`],
  }],
  ['check(expr) as a named CHECK', 'Item: qty:integer:check(qty > 0 and qty <= 100)', 'items', {
    postgres: ['CONSTRAINT "ck_items_qty_check" CHECK (("qty" > 0) AND ("qty" <= 100))'],
    mysql: ['CONSTRAINT `ck_items_qty_check` CHECK ((`qty` > 0) AND (`qty` <= 100))'],
    sqlite: ['CONSTRAINT "ck_items_qty_check" CHECK (("qty" > 0) AND ("qty" <= 100))'],
  }],
  ['ref(Entity, set-null) on any name: nullable, SET NULL, indexed', 'Language: name\nFilm: title, original:ref(Language, set-null)', 'films', {
    postgres: ['"original" BIGINT', 'CONSTRAINT "fk_films_original" FOREIGN KEY ("original") REFERENCES "languages" ("id") ON DELETE SET NULL', 'CREATE INDEX IF NOT EXISTS "ix_films_original" ON "films" ("original");'],
    mysql: ['`original` BIGINT UNSIGNED NULL', 'CONSTRAINT `fk_films_original` FOREIGN KEY (`original`) REFERENCES `languages` (`id`) ON DELETE SET NULL', 'KEY `ix_films_original` (`original`)'],
    sqlite: ['"original" INTEGER', 'CONSTRAINT "fk_films_original" FOREIGN KEY ("original") REFERENCES "languages" ("id") ON DELETE SET NULL', 'CREATE INDEX IF NOT EXISTS "ix_films_original" ON "films" ("original");'],
  }],
  ['ref cascade / restrict / no-action', 'A: name\nB: x:ref(A, cascade), y:ref(A, restrict), z:ref(A, no-action)', 'bs', {
    postgres: ['REFERENCES "as" ("id") ON DELETE CASCADE', 'REFERENCES "as" ("id") ON DELETE RESTRICT', 'REFERENCES "as" ("id") ON DELETE NO ACTION'],
    mysql: ['REFERENCES `as` (`id`) ON DELETE CASCADE', 'REFERENCES `as` (`id`) ON DELETE RESTRICT', 'REFERENCES `as` (`id`) ON DELETE NO ACTION'],
    sqlite: ['REFERENCES "as" ("id") ON DELETE CASCADE', 'REFERENCES "as" ("id") ON DELETE RESTRICT', 'REFERENCES "as" ("id") ON DELETE NO ACTION'],
  }],
  ['natural key (pk) and an FK that follows its type', 'Country: code:char(2):pk, name:string(50):unique\nCity: name, country_code:ref(Country, cascade)', 'cities', {
    postgres: ['"country_code" CHAR(2) NOT NULL', 'CONSTRAINT "fk_cities_country_code" FOREIGN KEY ("country_code") REFERENCES "countries" ("code") ON DELETE CASCADE'],
    mysql: ['`country_code` CHAR(2) NOT NULL', 'CONSTRAINT `fk_cities_country_code` FOREIGN KEY (`country_code`) REFERENCES `countries` (`code`) ON DELETE CASCADE'],
    sqlite: ['"country_code" CHAR(2) NOT NULL', 'CONSTRAINT "fk_cities_country_code" FOREIGN KEY ("country_code") REFERENCES "countries" ("code") ON DELETE CASCADE'],
  }],
  ['natural key table: no surrogate id', 'Country: code:char(2):pk, name:string(50):unique', 'countries', {
    postgres: ['"code" CHAR(2) NOT NULL', 'CONSTRAINT "pk_countries" PRIMARY KEY ("code")', 'CONSTRAINT "uq_countries_name" UNIQUE ("name")'],
    mysql: ['`code` CHAR(2) NOT NULL', 'PRIMARY KEY (`code`)', 'UNIQUE KEY `uq_countries_name` (`name`)'],
    sqlite: ['"code" CHAR(2) NOT NULL', 'CONSTRAINT "pk_countries" PRIMARY KEY ("code")', 'CONSTRAINT "uq_countries_name" UNIQUE ("name")'],
  }],
  ['index and unique modifiers', 'Tag: title:string(80):index, handle:string(40):unique', 'tags', {
    postgres: ['CREATE INDEX IF NOT EXISTS "ix_tags_title" ON "tags" ("title");', 'CONSTRAINT "uq_tags_handle" UNIQUE ("handle")'],
    mysql: ['KEY `ix_tags_title` (`title`)', 'UNIQUE KEY `uq_tags_handle` (`handle`)'],
    sqlite: ['CREATE INDEX IF NOT EXISTS "ix_tags_title" ON "tags" ("title");', 'CONSTRAINT "uq_tags_handle" UNIQUE ("handle")'],
  }],
  ['column(Name) and @table(Name) in mixed case: quoted, keys and FKs follow',
    'Artist: artist_id:integer:pk:column(ArtistId), @table(Artist)\nAlbum: album_id:integer:pk:column(AlbumId), artist_id:ref(Artist):column(ArtistId), @table(Album)', 'Album', {
    postgres: ['"AlbumId" INTEGER GENERATED ALWAYS AS IDENTITY', 'CREATE INDEX IF NOT EXISTS "ix_Album_artist_id" ON "Album" ("ArtistId");', 'CONSTRAINT "pk_Album" PRIMARY KEY ("AlbumId")', 'CONSTRAINT "fk_Album_artist_id" FOREIGN KEY ("ArtistId") REFERENCES "Artist" ("ArtistId") ON DELETE RESTRICT'],
    mysql: ['`AlbumId` INT NOT NULL', 'PRIMARY KEY (`AlbumId`)', 'CONSTRAINT `fk_Album_artist_id` FOREIGN KEY (`ArtistId`) REFERENCES `Artist` (`ArtistId`) ON DELETE RESTRICT'],
    sqlite: ['"AlbumId" INTEGER PRIMARY KEY', 'WHERE "AlbumId" = NEW."AlbumId";', 'CONSTRAINT "fk_Album_artist_id" FOREIGN KEY ("ArtistId") REFERENCES "Artist" ("ArtistId") ON DELETE RESTRICT'],
  }],
];

