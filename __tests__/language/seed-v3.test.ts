/**
 * Issue 16, seeds of the v3 language on the real engines: a partial unique (one open loan per tool), a
 * case-insensitive unique email, `ci` and citext uniques, unique inet/cidr, key generations, plain updated_at,
 * string(*)/jsonb/datetime(local) and comments — each tier loads, twice, with the counts the plan says.
 */
import { renderDesign } from '../support/schema-run.js';
import { describeSeedTiers } from '../support/engine-round.js';

const DESIGN = [
  "Tool: id:identity(by-default), name:string(80):doc('What it is')",
  'Loan: id:autoincrement, tool_id, due:date, returned_at:optional, updated_at:datetime, @timestamps(none), @unique(tool_id) where(returned_at IS NULL)',
  "Member: id:serial, email:string(320), handle:string(40), kind:string(10), @unique(lower(email)), @unique(lower(handle)) where(kind <> 'bot')",
  'Doc: slug:string(*), meta:jsonb:optional, local_at:datetime(local)',
  'Badge: nick:string(40):ci:unique, code:citext:unique, host:inet:unique, net:cidr:unique',
].join('\n');
describeSeedTiers('seeds of the v3 language', (db) => renderDesign(db, DESIGN));
