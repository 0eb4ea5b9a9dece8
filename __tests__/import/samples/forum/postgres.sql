-- forum: users, profiles, posts and tags (our own text)
CREATE TYPE post_status AS ENUM ('draft', 'published', 'hidden');
CREATE SEQUENCE ticket_no START 100;
CREATE TABLE users (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email varchar(320) NOT NULL UNIQUE,
  username varchar(40) NOT NULL UNIQUE,
  created_at timestamp with time zone NOT NULL DEFAULT now(),
  updated_at timestamp with time zone NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_email_lower ON users (lower(email));
CREATE TABLE profiles (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id bigint NOT NULL UNIQUE REFERENCES users (id) ON DELETE CASCADE,
  bio text,
  settings jsonb NOT NULL DEFAULT '{}'
);
CREATE TABLE posts (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  author_id bigint NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
  title varchar(200) NOT NULL,
  slug varchar(200) NOT NULL UNIQUE,
  status post_status NOT NULL DEFAULT 'draft',
  body text,
  words integer GENERATED ALWAYS AS (coalesce(array_length(regexp_split_to_array(body, '\s+'), 1), 0)) STORED,
  created_at timestamp with time zone NOT NULL DEFAULT now()
);
CREATE INDEX posts_author_id ON posts (author_id);
CREATE INDEX posts_published ON posts (created_at DESC) WHERE status = 'published';
COMMENT ON COLUMN posts.slug IS 'URL part, unique';
CREATE TABLE tags (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name varchar(30) NOT NULL UNIQUE
);
CREATE TABLE post_tags (
  post_id bigint NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
  tag_id bigint NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
  PRIMARY KEY (post_id, tag_id)
);
CREATE INDEX post_tags_tag_id ON post_tags (tag_id);
CREATE VIEW published_posts AS SELECT id, title, slug FROM posts WHERE status = 'published';
CREATE FUNCTION touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN NEW.updated_at = now(); RETURN NEW; END $$;
CREATE TRIGGER users_touch BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
