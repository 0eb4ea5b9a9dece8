-- rental: a DVD-rental shop in the spirit of Sakila (our own text)
CREATE TABLE language (
  language_id tinyint unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name char(20) NOT NULL,
  last_update timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE actor (
  actor_id smallint unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
  first_name varchar(45) NOT NULL,
  last_name varchar(45) NOT NULL,
  last_update timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  KEY idx_actor_last_name (last_name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='people who appear in films';
CREATE TABLE film (
  film_id smallint unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
  title varchar(128) NOT NULL,
  description text,
  release_year year DEFAULT NULL,
  language_id tinyint unsigned NOT NULL,
  rental_duration tinyint unsigned NOT NULL DEFAULT 3,
  rental_rate decimal(4,2) NOT NULL DEFAULT 4.99 COMMENT 'per rental period',
  length smallint unsigned DEFAULT NULL,
  rating enum('G','PG','PG-13','R','NC-17') DEFAULT 'G',
  special_features set('Trailers','Commentaries','Deleted Scenes','Behind the Scenes') DEFAULT NULL,
  last_update timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  KEY idx_title (title),
  KEY idx_fk_language_id (language_id),
  CONSTRAINT fk_film_language FOREIGN KEY (language_id) REFERENCES language (language_id) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE film_actor (
  actor_id smallint unsigned NOT NULL,
  film_id smallint unsigned NOT NULL,
  PRIMARY KEY (actor_id, film_id),
  KEY idx_fk_film_id (film_id),
  CONSTRAINT fk_film_actor_actor FOREIGN KEY (actor_id) REFERENCES actor (actor_id) ON DELETE CASCADE,
  CONSTRAINT fk_film_actor_film FOREIGN KEY (film_id) REFERENCES film (film_id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE customer (
  customer_id smallint unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
  first_name varchar(45) NOT NULL,
  last_name varchar(45) NOT NULL,
  email varchar(50) DEFAULT NULL,
  active tinyint(1) NOT NULL DEFAULT 1,
  create_date datetime NOT NULL,
  UNIQUE KEY uq_customer_email (email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE rental (
  rental_id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  rental_date datetime NOT NULL,
  film_id smallint unsigned NOT NULL,
  customer_id smallint unsigned NOT NULL,
  return_date datetime DEFAULT NULL,
  KEY idx_fk_customer_id (customer_id),
  KEY idx_fk_film (film_id),
  CONSTRAINT rental_dates CHECK (return_date IS NULL OR return_date >= rental_date),
  CONSTRAINT fk_rental_film FOREIGN KEY (film_id) REFERENCES film (film_id) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT fk_rental_customer FOREIGN KEY (customer_id) REFERENCES customer (customer_id) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE payment (
  payment_id smallint unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
  rental_id int DEFAULT NULL,
  amount decimal(5,2) NOT NULL,
  payment_date datetime NOT NULL,
  KEY idx_fk_rental_id (rental_id),
  CONSTRAINT payment_amount CHECK (amount >= 0),
  CONSTRAINT fk_payment_rental FOREIGN KEY (rental_id) REFERENCES rental (rental_id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE VIEW actor_info AS
  SELECT a.actor_id, a.first_name, a.last_name, count(fa.film_id) AS films
  FROM actor a LEFT JOIN film_actor fa ON fa.actor_id = a.actor_id GROUP BY a.actor_id, a.first_name, a.last_name;
DELIMITER ;;
CREATE TRIGGER customer_create_date BEFORE INSERT ON customer FOR EACH ROW BEGIN
  SET NEW.create_date = NOW();
END;;
DELIMITER ;
