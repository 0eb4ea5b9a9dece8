/** Held-out-style designs for the seed's coherence rules, beside the bundled examples. */
import type { Relation } from '../../src/state/model-schema.js';

export interface HeldOut { entities: string; relations: Relation[] }

export const HELD_OUT: Record<string, HeldOut> = {
  /** The tool-lending library: loans with three times, fines along two paths to the member. */
  library: {
    entities: [
      'Member: first_name, last_name, email:string(40):unique, phone:string:optional, city, postcode:string(10), is_admin',
      'Tool: name, serial_number:string:unique, price_amount, weight_kg:decimal(6,2), colour:string(20), status:enum(available|lent|lost)',
      'Loan: borrowed_at, due_at, returned_at:optional, note:text:optional, member_id, tool_id',
      'Fine: amount:decimal(8,2), paid_at:optional, reason:text, loan_id, member_id',
    ].join('\n'),
    relations: [],
  },
  /** Billing: an invoice line's product belongs to the invoice's organization (a diamond of two paths). */
  billing: {
    entities: [
      'Organization: name, slug, country_code:char(2), currency:char(3), website:optional',
      'Product: name, sku:string:unique, price, isbn:string(13):optional, organization_id',
      'Invoice: number:string:unique, issued_at, due_on:date, paid_at:optional, total_amount, organization_id',
      'InvoiceLine: quantity, unit_price:decimal(10,2), invoice_id, product_id',
    ].join('\n'),
    relations: [],
  },
  /** Bookings: a CHECK between two columns, an event window, ratings, coordinates, a self-referencing tree. */
  events: {
    entities: [
      'Venue: name, city, latitude:decimal(9,6), longitude:decimal(9,6), seats:integer:check(seats > 0), ip_address:string(45)',
      'Event: title, description:text:optional, starts_at, ends_at:check(ends_at > starts_at), venue_id, parent:ref(Event, set-null)',
      'Booking: booked_at, cancelled_at:optional, rating:smallint:check(rating between 1 and 5), event_id',
    ].join('\n'),
    relations: [],
  },
  /** Natural and uuid keys, a composite junction of them, a check on a code (the volume tier writes keys from n). */
  keys: {
    entities: [
      'Country: code:char(2):pk, name:string(50):unique',
      'City: id:uuid, name:string(50), population:integer:check(population >= 0), country_code:ref(Country, cascade)',
      'Tag: id:string(12), label:string(30)',
      'CityTag: city_id, tag_id, @pk(city_id, tag_id)',
    ].join('\n'),
    relations: [],
  },
};
