/**
 * The Sakila DVD-rental sample schema (MySQL AB, version 0.8; the variant with INT UNSIGNED keys),
 * transcribed into the entity language: 16 tables, their natural column names, sizes, defaults, keys,
 * composite uniques/indexes and FK actions. Only this transcription is ours; the original is not copied here.
 */
import type { Relation } from '../../src/state/model-schema.js';

const LAST_UPDATE = 'last_update:datetime:default(now)';
const T = '@timestamps(none)';

export const SAKILA_ENTITIES = [
  `Actor: actor_id:integer:pk, first_name:string(45), last_name:string(45):index, ${LAST_UPDATE}, @table(actor), ${T}`,
  `Address: address_id:integer:pk, address:string(50), address2:string(50):optional, district:string(20), city_id, postal_code:string(10):optional, phone:string(20), ${LAST_UPDATE}, @table(address), ${T}`,
  `Category: category_id:integer:pk, name:string(25), ${LAST_UPDATE}, @table(category), ${T}`,
  `City: city_id:integer:pk, city:string(50), country_id, ${LAST_UPDATE}, @table(city), ${T}`,
  `Country: country_id:integer:pk, country:string(50), ${LAST_UPDATE}, @table(country), ${T}`,
  'Customer: customer_id:integer:pk, store_id, first_name:string(45), last_name:string(45):index, email:string(50):optional, address_id, ' +
    `active:boolean:default(true), create_date:datetime, last_update:datetime:optional:default(now), @table(customer), ${T}`,
  'Film: film_id:integer:pk, title:string(255):index, description:text:optional, release_year:smallint:optional, language_id, ' +
    'original_language_id:ref(Language):optional, rental_duration:smallint:default(3), rental_rate:decimal(4,2):default(4.99), ' +
    'length:smallint:optional, replacement_cost:decimal(5,2):default(19.99), rating:enum(G|PG|PG-13|R|NC-17):optional:default(G), ' +
    `special_features:text:optional, ${LAST_UPDATE}, @table(film), ${T}`,
  `FilmActor: actor_id, film_id, ${LAST_UPDATE}, @pk(actor_id, film_id), @table(film_actor), ${T}`,
  `FilmCategory: film_id, category_id, ${LAST_UPDATE}, @pk(film_id, category_id), @table(film_category), ${T}`,
  `FilmText: film_id:integer:pk, title:string(255), description:text:optional, @table(film_text), ${T}`,
  `Inventory: inventory_id:integer:pk, film_id, store_id, ${LAST_UPDATE}, @index(store_id, film_id), @table(inventory), ${T}`,
  `Language: language_id:integer:pk, name:char(20), ${LAST_UPDATE}, @table(language), ${T}`,
  'Payment: payment_id:integer:pk, customer_id, staff_id, rental_id:ref(Rental, set-null):optional, amount:decimal(5,2), payment_date:datetime, ' +
    `last_update:datetime:optional:default(now), @table(payment), ${T}`,
  'Rental: rental_id:integer:pk, rental_date:datetime, inventory_id, customer_id, return_date:datetime:optional, staff_id, ' +
    `${LAST_UPDATE}, @unique(rental_date, inventory_id, customer_id), @table(rental), ${T}`,
  'Staff: staff_id:integer:pk, first_name:string(45), last_name:string(45), address_id, picture:binary:optional, email:string(50):optional, ' +
    `store_id, active:boolean:default(true), username:string(16), password:string(40):optional, ${LAST_UPDATE}, @table(staff), ${T}`,
  `Store: store_id:integer:pk, manager_staff_id:ref(Staff):unique, address_id, ${LAST_UPDATE}, @table(store), ${T}`,
].join('\n');

/** film_text.film_id names Film but is no FK in the original (it is a MyISAM full-text copy). */
export const SAKILA_RELATIONS: Relation[] = [{ from: 'Film', to: 'FilmText', kind: 'none' }];
