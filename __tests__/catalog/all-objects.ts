/** One schema per engine with every object kind the catalog readers read (our own text). */

export const PG_ALL = `
CREATE TYPE mood AS ENUM ('calm', 'busy');
CREATE SEQUENCE invoice_no START 1000 INCREMENT 5;
CREATE TABLE authors (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email varchar(320) NOT NULL,
  name text NOT NULL DEFAULT 'anon',
  rating numeric(4,2),
  mood mood NOT NULL DEFAULT 'calm',
  name_lower text GENERATED ALWAYS AS (lower(name)) STORED,
  CONSTRAINT uq_authors_email UNIQUE (email),
  CONSTRAINT ck_rating CHECK (rating >= 0)
);
COMMENT ON TABLE authors IS 'who writes';
COMMENT ON COLUMN authors.email IS 'login';
CREATE TABLE books (
  id serial PRIMARY KEY,
  author_id bigint NOT NULL REFERENCES authors (id) ON DELETE CASCADE ON UPDATE RESTRICT,
  title varchar(200) NOT NULL,
  published_at timestamptz DEFAULT now(),
  deleted_at timestamptz
);
CREATE INDEX books_author_idx ON books (author_id);
CREATE UNIQUE INDEX books_live_title ON books (title) WHERE deleted_at IS NULL;
CREATE INDEX books_lower_title ON books (lower(title), published_at DESC);
CREATE VIEW live_books AS SELECT id, title FROM books WHERE deleted_at IS NULL;
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.published_at = now(); RETURN NEW; END $$;
CREATE TRIGGER books_touch BEFORE UPDATE ON books FOR EACH ROW EXECUTE FUNCTION touch();
CREATE DOMAIN pages AS integer CONSTRAINT pages_positive CHECK (VALUE > 0);
CREATE FUNCTION longer(a text, b text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN length(b) > length(coalesce(a, '')) THEN b ELSE a END $$;
CREATE AGGREGATE longest(text) (SFUNC = longer, STYPE = text);
CREATE RULE books_keep_live AS ON DELETE TO books WHERE OLD.deleted_at IS NULL DO INSTEAD NOTHING;
`;

export const MYSQL_ALL = `
CREATE SEQUENCE invoice_no START WITH 1000 INCREMENT BY 5;
CREATE TABLE authors (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  email varchar(320) NOT NULL COMMENT 'login',
  name varchar(100) NOT NULL DEFAULT 'anon',
  rating decimal(4,2) NULL,
  mood enum('calm','busy') NOT NULL DEFAULT 'calm',
  name_lower varchar(100) AS (lower(name)) STORED,
  updated_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  CONSTRAINT uq_authors_email UNIQUE (email),
  CONSTRAINT ck_rating CHECK (rating >= 0)
) COMMENT 'who writes';
CREATE TABLE books (
  id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  author_id bigint NOT NULL,
  title varchar(200) NOT NULL,
  published_at datetime DEFAULT CURRENT_TIMESTAMP,
  deleted_at datetime NULL,
  CONSTRAINT books_author_fk FOREIGN KEY (author_id) REFERENCES authors (id) ON DELETE CASCADE ON UPDATE RESTRICT,
  INDEX books_author_idx (author_id),
  INDEX books_title_prefix (title(20), published_at DESC),
  FULLTEXT INDEX books_ft (title)
);
CREATE VIEW live_books AS SELECT id, title FROM books WHERE deleted_at IS NULL;
CREATE TRIGGER books_touch BEFORE UPDATE ON books FOR EACH ROW SET NEW.published_at = NOW();
CREATE FUNCTION twice(x INT) RETURNS INT DETERMINISTIC RETURN x * 2;
`;

export const SQLITE_ALL = `
CREATE TABLE authors (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  email VARCHAR(320) NOT NULL UNIQUE,
  name TEXT NOT NULL DEFAULT 'anon',
  rating NUMERIC(4,2) CONSTRAINT ck_rating CHECK (rating >= 0),
  mood TEXT NOT NULL DEFAULT 'calm' CHECK (mood IN ('calm', 'busy')),
  name_lower TEXT GENERATED ALWAYS AS (lower(name)) STORED
);
CREATE TABLE books (
  id INTEGER PRIMARY KEY,
  author_id INTEGER NOT NULL REFERENCES authors (id) ON DELETE CASCADE ON UPDATE RESTRICT,
  title VARCHAR(200) NOT NULL,
  published_at DATETIME DEFAULT CURRENT_TIMESTAMP,
  deleted_at DATETIME
);
CREATE INDEX books_author_idx ON books (author_id);
CREATE UNIQUE INDEX books_live_title ON books (title) WHERE deleted_at IS NULL;
CREATE INDEX books_lower_title ON books (lower(title), published_at DESC);
CREATE VIEW live_books AS SELECT id, title FROM books WHERE deleted_at IS NULL;
CREATE TRIGGER books_touch AFTER UPDATE ON books BEGIN
  UPDATE books SET published_at = CURRENT_TIMESTAMP WHERE id = NEW.id;
END;
`;
