-- trade: a wholesale trader in the spirit of Northwind (our own text)
CREATE TABLE categories (
  category_id smallint NOT NULL PRIMARY KEY,
  category_name varchar(15) NOT NULL,
  description text
);
CREATE TABLE suppliers (
  supplier_id smallint NOT NULL PRIMARY KEY,
  company_name varchar(40) NOT NULL,
  country varchar(15),
  homepage text
) COMMENT='who we buy from';
CREATE TABLE products (
  product_id smallint NOT NULL PRIMARY KEY,
  product_name varchar(40) NOT NULL,
  supplier_id smallint,
  category_id smallint,
  unit_price double DEFAULT 0,
  units_in_stock smallint DEFAULT 0,
  discontinued int NOT NULL,
  CONSTRAINT products_stock CHECK (units_in_stock >= 0),
  FOREIGN KEY (supplier_id) REFERENCES suppliers (supplier_id) ON DELETE SET NULL,
  FOREIGN KEY (category_id) REFERENCES categories (category_id) ON DELETE SET NULL
);
CREATE TABLE customers (
  customer_id char(5) NOT NULL PRIMARY KEY,
  company_name varchar(40) NOT NULL,
  contact_name varchar(30),
  city varchar(15),
  country varchar(15),
  KEY customers_city_country (city, country)
);
CREATE TABLE employees (
  employee_id smallint NOT NULL PRIMARY KEY,
  last_name varchar(20) NOT NULL,
  first_name varchar(10) NOT NULL,
  birth_date date,
  reports_to smallint,
  FOREIGN KEY (reports_to) REFERENCES employees (employee_id)
);
CREATE TABLE orders (
  order_id smallint NOT NULL PRIMARY KEY,
  customer_id char(5),
  employee_id smallint,
  order_date date,
  shipped_date date,
  freight double DEFAULT 0,
  ship_country varchar(15),
  FOREIGN KEY (customer_id) REFERENCES customers (customer_id) ON DELETE CASCADE,
  FOREIGN KEY (employee_id) REFERENCES employees (employee_id) ON DELETE SET NULL
);
CREATE TABLE order_details (
  order_id smallint NOT NULL,
  product_id smallint NOT NULL,
  unit_price double NOT NULL,
  quantity smallint NOT NULL,
  discount double NOT NULL DEFAULT 0,
  PRIMARY KEY (order_id, product_id),
  CONSTRAINT quantity_positive CHECK (quantity > 0),
  CONSTRAINT discount_range CHECK (discount >= 0 AND discount <= 1),
  FOREIGN KEY (order_id) REFERENCES orders (order_id) ON DELETE CASCADE,
  FOREIGN KEY (product_id) REFERENCES products (product_id) ON DELETE RESTRICT
);
CREATE VIEW product_sales AS
  SELECT p.product_name, sum(d.unit_price * d.quantity * (1 - d.discount)) AS sales
  FROM order_details d JOIN products p ON p.product_id = d.product_id GROUP BY p.product_name;
