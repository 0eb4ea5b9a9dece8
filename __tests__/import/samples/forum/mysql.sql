-- forum: users, profiles, posts and tags (our own text)
CREATE TABLE users (
  id bigint unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
  email varchar(320) NOT NULL,
  username varchar(40) NOT NULL,
  created_at datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  UNIQUE KEY users_email (email),
  UNIQUE KEY users_username (username)
);
CREATE TABLE profiles (
  id bigint unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
  user_id bigint unsigned NOT NULL,
  bio text,
  settings json NOT NULL,
  UNIQUE KEY profiles_user (user_id),
  CONSTRAINT profiles_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);
CREATE TABLE posts (
  id bigint unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
  author_id bigint unsigned NOT NULL,
  title varchar(200) NOT NULL,
  slug varchar(200) NOT NULL COMMENT 'URL part, unique',
  status enum('draft','published','hidden') NOT NULL DEFAULT 'draft',
  body mediumtext,
  title_length int AS (char_length(title)) VIRTUAL,
  created_at datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  UNIQUE KEY posts_slug (slug),
  KEY posts_author_id (author_id),
  KEY posts_status_created (status, created_at),
  CONSTRAINT posts_author_fk FOREIGN KEY (author_id) REFERENCES users (id) ON DELETE RESTRICT
);
CREATE TABLE tags (
  id bigint unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name varchar(30) NOT NULL,
  UNIQUE KEY tags_name (name)
);
CREATE TABLE post_tags (
  post_id bigint unsigned NOT NULL,
  tag_id bigint unsigned NOT NULL,
  PRIMARY KEY (post_id, tag_id),
  KEY post_tags_tag_id (tag_id),
  CONSTRAINT post_tags_post FOREIGN KEY (post_id) REFERENCES posts (id) ON DELETE CASCADE,
  CONSTRAINT post_tags_tag FOREIGN KEY (tag_id) REFERENCES tags (id) ON DELETE CASCADE
);
CREATE VIEW published_posts AS SELECT id, title, slug FROM posts WHERE status = 'published';
CREATE TRIGGER posts_slug_lower BEFORE INSERT ON posts FOR EACH ROW SET NEW.slug = LOWER(NEW.slug);
