-- trade: a wholesale trader in the spirit of Northwind (our own text)
CREATE TABLE categories (
  category_id INTEGER PRIMARY KEY,
  category_name VARCHAR(15) NOT NULL,
  description TEXT
);
CREATE TABLE suppliers (
  supplier_id INTEGER PRIMARY KEY,
  company_name VARCHAR(40) NOT NULL,
  country VARCHAR(15),
  homepage TEXT
);
CREATE TABLE products (
  product_id INTEGER PRIMARY KEY,
  product_name VARCHAR(40) NOT NULL,
  supplier_id INTEGER REFERENCES suppliers ON DELETE SET NULL,
  category_id INTEGER REFERENCES categories ON DELETE SET NULL,
  unit_price REAL DEFAULT 0,
  units_in_stock SMALLINT DEFAULT 0 CHECK (units_in_stock >= 0),
  discontinued INTEGER NOT NULL
);
CREATE INDEX products_live_name ON products (product_name) WHERE discontinued = 0;
CREATE TABLE customers (
  customer_id CHAR(5) PRIMARY KEY NOT NULL,
  company_name VARCHAR(40) NOT NULL,
  contact_name VARCHAR(30),
  city VARCHAR(15),
  country VARCHAR(15)
);
CREATE INDEX customers_city_country ON customers (city, country);
CREATE TABLE employees (
  employee_id INTEGER PRIMARY KEY,
  last_name VARCHAR(20) NOT NULL,
  first_name VARCHAR(10) NOT NULL,
  birth_date DATE,
  reports_to INTEGER REFERENCES employees (employee_id)
);
CREATE TABLE orders (
  order_id INTEGER PRIMARY KEY,
  customer_id CHAR(5) REFERENCES customers ON DELETE CASCADE,
  employee_id INTEGER REFERENCES employees ON DELETE SET NULL,
  order_date DATE,
  shipped_date DATE,
  freight REAL DEFAULT 0,
  ship_country VARCHAR(15)
);
CREATE TABLE order_details (
  order_id INTEGER NOT NULL REFERENCES orders ON DELETE CASCADE,
  product_id INTEGER NOT NULL REFERENCES products ON DELETE RESTRICT,
  unit_price REAL NOT NULL,
  quantity SMALLINT NOT NULL CHECK (quantity > 0),
  discount REAL NOT NULL DEFAULT 0,
  PRIMARY KEY (order_id, product_id),
  CONSTRAINT discount_range CHECK (discount >= 0 AND discount <= 1)
);
CREATE VIEW product_sales AS
  SELECT p.product_name, sum(d.unit_price * d.quantity * (1 - d.discount)) AS sales
  FROM order_details d JOIN products p ON p.product_id = d.product_id GROUP BY p.product_name;
