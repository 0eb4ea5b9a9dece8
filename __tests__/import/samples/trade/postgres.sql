-- trade: a wholesale trader in the spirit of Northwind (our own text)
CREATE TABLE categories (
  category_id smallint PRIMARY KEY,
  category_name varchar(15) NOT NULL,
  description text
);
CREATE TABLE suppliers (
  supplier_id smallint PRIMARY KEY,
  company_name varchar(40) NOT NULL,
  country varchar(15),
  homepage text
);
COMMENT ON TABLE suppliers IS 'who we buy from';
CREATE TABLE products (
  product_id smallint PRIMARY KEY,
  product_name varchar(40) NOT NULL,
  supplier_id smallint REFERENCES suppliers ON DELETE SET NULL,
  category_id smallint REFERENCES categories ON DELETE SET NULL,
  unit_price real DEFAULT 0,
  units_in_stock smallint DEFAULT 0 CHECK (units_in_stock >= 0),
  discontinued integer NOT NULL
);
CREATE INDEX products_live_name ON products (product_name) WHERE discontinued = 0;
CREATE TABLE customers (
  customer_id char(5) PRIMARY KEY,
  company_name varchar(40) NOT NULL,
  contact_name varchar(30),
  city varchar(15),
  country varchar(15)
);
CREATE INDEX customers_city_country ON customers (city, country);
CREATE TABLE employees (
  employee_id smallint PRIMARY KEY,
  last_name varchar(20) NOT NULL,
  first_name varchar(10) NOT NULL,
  birth_date date,
  reports_to smallint REFERENCES employees (employee_id) ON DELETE NO ACTION
);
CREATE TABLE orders (
  order_id smallint PRIMARY KEY,
  customer_id char(5) REFERENCES customers ON DELETE CASCADE,
  employee_id smallint REFERENCES employees ON DELETE SET NULL,
  order_date date,
  shipped_date date,
  freight real DEFAULT 0,
  ship_country varchar(15)
);
CREATE TABLE order_details (
  order_id smallint NOT NULL REFERENCES orders ON DELETE CASCADE,
  product_id smallint NOT NULL REFERENCES products ON DELETE RESTRICT,
  unit_price real NOT NULL,
  quantity smallint NOT NULL CHECK (quantity > 0),
  discount real NOT NULL DEFAULT 0,
  PRIMARY KEY (order_id, product_id),
  CONSTRAINT discount_range CHECK (discount >= 0 AND discount <= 1)
);
CREATE VIEW product_sales AS
  SELECT p.product_name, sum(d.unit_price * d.quantity * (1 - d.discount)) AS sales
  FROM order_details d JOIN products p ON p.product_id = d.product_id GROUP BY p.product_name;
