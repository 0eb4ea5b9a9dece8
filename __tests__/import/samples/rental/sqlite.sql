-- rental: a DVD-rental shop in the spirit of Sakila (our own text)
CREATE TABLE language (
  language_id INTEGER PRIMARY KEY,
  name CHAR(20) NOT NULL,
  last_update TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE TABLE actor (
  actor_id INTEGER PRIMARY KEY AUTOINCREMENT,
  first_name VARCHAR(45) NOT NULL,
  last_name VARCHAR(45) NOT NULL,
  last_update TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX idx_actor_last_name ON actor (last_name);
CREATE TABLE film (
  film_id INTEGER PRIMARY KEY,
  title VARCHAR(255) NOT NULL,
  description BLOB SUB_TYPE TEXT,
  release_year VARCHAR(4),
  language_id SMALLINT NOT NULL REFERENCES language (language_id),
  rental_duration SMALLINT DEFAULT 3 NOT NULL,
  rental_rate DECIMAL(4,2) DEFAULT 4.99 NOT NULL,
  length SMALLINT,
  rating VARCHAR(10) DEFAULT 'G' CHECK (rating IN ('G', 'PG', 'PG-13', 'R', 'NC-17')),
  last_update TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX idx_title ON film (title);
CREATE INDEX idx_film_lower_title ON film (lower(title));
CREATE TABLE film_actor (
  actor_id INTEGER NOT NULL REFERENCES actor (actor_id) ON DELETE CASCADE,
  film_id INTEGER NOT NULL REFERENCES film (film_id) ON DELETE CASCADE,
  PRIMARY KEY (actor_id, film_id)
);
CREATE INDEX idx_fk_film_id ON film_actor (film_id);
CREATE TABLE customer (
  customer_id INTEGER PRIMARY KEY,
  first_name VARCHAR(45) NOT NULL,
  last_name VARCHAR(45) NOT NULL,
  email VARCHAR(50),
  active BOOLEAN NOT NULL DEFAULT 1,
  create_date DATE NOT NULL DEFAULT CURRENT_DATE
);
CREATE UNIQUE INDEX uq_customer_email_active ON customer (email) WHERE active = 1;
CREATE TABLE rental (
  rental_id INTEGER PRIMARY KEY,
  rental_date DATETIME NOT NULL,
  film_id INTEGER NOT NULL REFERENCES film (film_id) ON DELETE RESTRICT ON UPDATE CASCADE,
  customer_id INTEGER NOT NULL REFERENCES customer (customer_id) ON DELETE RESTRICT,
  return_date DATETIME,
  CONSTRAINT rental_dates CHECK (return_date IS NULL OR return_date >= rental_date)
);
CREATE INDEX idx_fk_customer_id ON rental (customer_id);
CREATE TABLE payment (
  payment_id INTEGER PRIMARY KEY,
  rental_id INTEGER REFERENCES rental (rental_id) ON DELETE SET NULL,
  amount DECIMAL(5,2) NOT NULL CHECK (amount >= 0),
  payment_date DATETIME NOT NULL
);
CREATE VIEW actor_info AS
  SELECT a.actor_id, a.first_name, a.last_name, count(fa.film_id) AS films
  FROM actor a LEFT JOIN film_actor fa ON fa.actor_id = a.actor_id GROUP BY a.actor_id, a.first_name, a.last_name;
CREATE TRIGGER actor_last_update AFTER UPDATE ON actor BEGIN
  UPDATE actor SET last_update = CURRENT_TIMESTAMP WHERE actor_id = NEW.actor_id;
END;
