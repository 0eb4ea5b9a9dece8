/**
 * Enum and check(expr) cases of issue 21: each a field and the rows every engine must take (ok) or refuse
 * alike. Values: text as 'text' through the dialect's literal, { n: '1.5' } a number by its digits,
 * booleans, null. `refusedOn`: engines where the design itself is refused in one line (no single meaning).
 */
import type { DialectId } from '../../src/dialects/dialect.js';

export type Cell = string | { n: string } | boolean | null;
export interface CheckCase { entity: string; fields: string; rows: [Record<string, Cell>, boolean][]; refusedOn?: DialectId[] }

const n = (x: string) => ({ n: x });

export const CHECK_CASES: CheckCase[] = [
  { entity: 'EnumProbe', fields: 'status:enum(draft|published)', rows: [
    [{ status: 'draft' }, true], [{ status: 'published' }, true], [{ status: 'DRAFT' }, false], [{ status: 'dráft' }, false],
    [{ status: 'draft ' }, false], [{ status: ' draft' }, false], [{ status: 'Published' }, false]] },
  { entity: 'TrueProbe', fields: 'true:integer:optional:check(true is not null)', rows: [[{ true: n('1') }, true], [{ true: null }, false]] },
  { entity: 'OrderProbe', fields: 'order:integer:check(order >= 0)', rows: [[{ order: n('0') }, true], [{ order: n('-1') }, false]] },
  { entity: 'DivProbe', fields: 'qty:integer:check(qty / 2 = 1)', rows: [
    [{ qty: n('2') }, true], [{ qty: n('3') }, true], [{ qty: n('4') }, false], [{ qty: n('1') }, false], [{ qty: n('-3') }, false]] },
  { entity: 'NegDivProbe', fields: 'qty:integer:check(qty / -2 = 1)', rows: [[{ qty: n('-2') }, true], [{ qty: n('-3') }, true], [{ qty: n('2') }, false]] },
  { entity: 'ModProbe', fields: 'qty:integer:check(qty % 2 = 0)', rows: [
    [{ qty: n('4') }, true], [{ qty: n('-4') }, true], [{ qty: n('3') }, false], [{ qty: n('-3') }, false]] },
  { entity: 'LengthProbe', fields: 'code:string(10):check(length(code) <= 3)', rows: [
    [{ code: 'abc' }, true], [{ code: 'äöü' }, true], [{ code: '☕☕☕' }, true], [{ code: 'abcd' }, false], [{ code: 'äöüß' }, false]] },
  { entity: 'EscapeProbe', fields: "sku:string(20):check(sku like 'a\\_%')", rows: [
    [{ sku: 'a_1' }, true], [{ sku: 'a_' }, true], [{ sku: 'ab1' }, false], [{ sku: 'A_1' }, false], [{ sku: 'a\\_1' }, false]] },
  { entity: 'LikeProbe', fields: "name:string(20):check(name like 'é_')", rows: [
    [{ name: 'éx' }, true], [{ name: 'é☕' }, true], [{ name: 'Éx' }, false], [{ name: 'éxx' }, false], [{ name: 'ex' }, false]] },
  { entity: 'StarProbe', fields: "pat:string(20):check(pat like '*%')", rows: [[{ pat: '*x' }, true], [{ pat: 'x*' }, false]] },
  { entity: 'NotLikeProbe', fields: "tag:string(10):check(tag not like '%x%')", rows: [
    [{ tag: 'abc' }, true], [{ tag: 'aXb' }, true], [{ tag: 'axb' }, false]] },
  { entity: 'OrderTextProbe', fields: "grade:string(5):check(grade >= 'b')", rows: [
    [{ grade: 'b' }, true], [{ grade: 'c' }, true], [{ grade: 'é' }, true], [{ grade: 'B' }, false], [{ grade: 'a' }, false]] },
  { entity: 'UpperProbe', fields: 'code:string(10):check(code = upper(code))', refusedOn: ['sqlite'], rows: [
    [{ code: 'ABC' }, true], [{ code: 'A1' }, true], [{ code: 'abc' }, false], [{ code: 'Abc' }, false]] },
  { entity: 'InProbe', fields: "kind:string(10):check(kind in ('a', 'b'))", rows: [
    [{ kind: 'a' }, true], [{ kind: 'b' }, true], [{ kind: 'A' }, false], [{ kind: 'a ' }, false], [{ kind: 'c' }, false]] },
  { entity: 'BetweenProbe', fields: "c:string(1):check(c between 'a' and 'f')", rows: [
    [{ c: 'a' }, true], [{ c: 'f' }, true], [{ c: 'g' }, false], [{ c: 'B' }, false]] },
  { entity: 'TrimProbe', fields: 't:string(10):check(trim(t) = t)', rows: [[{ t: 'ab' }, true], [{ t: ' ab' }, false], [{ t: 'ab ' }, false]] },
  { entity: 'DecimalProbe', fields: 'price:decimal(10,2):check(price >= 0.5)', rows: [
    [{ price: n('0.50') }, true], [{ price: n('1') }, true], [{ price: n('0.49') }, false]] },
  { entity: 'FloatProbe', fields: 'ratio:float:check(ratio < 1)', rows: [[{ ratio: n('0.5') }, true], [{ ratio: n('1') }, false]] },
  { entity: 'BoolProbe', fields: 'flag:boolean:check(flag = true)', rows: [[{ flag: true }, true], [{ flag: false }, false]] },
  { entity: 'DateProbe', fields: "d:date:check(d >= '2024-01-01')", rows: [[{ d: '2024-01-01' }, true], [{ d: '2023-12-31' }, false]] },
  { entity: 'CoalesceProbe', fields: 'n:integer:optional:check(abs(coalesce(n, 0)) <= 5)', rows: [
    [{ n: n('-5') }, true], [{ n: null }, true], [{ n: n('6') }, false], [{ n: n('-6') }, false]] },
  { entity: 'NotProbe', fields: 'a:integer:check(not a > 1 or a = 5)', rows: [[{ a: n('0') }, true], [{ a: n('5') }, true], [{ a: n('2') }, false]] },
  { entity: 'ArithProbe', fields: 'a:integer:check(a * 2 + 1 < 10 and -a < 0)', rows: [[{ a: n('4') }, true], [{ a: n('5') }, false], [{ a: n('0') }, false]] },
  { entity: 'DeepProbe', fields: `qty:integer:check(${Array.from({ length: 900 }, (_, i) => `qty = ${i * 2}`).join(' or ')})`, rows: [
    [{ qty: n('0') }, true], [{ qty: n('1798') }, true], [{ qty: n('3') }, false], [{ qty: n('1800') }, false]] },
  { entity: 'TwoColProbe', fields: "lo:integer, hi:integer:check(hi >= lo and lo <> 7)", rows: [
    [{ lo: n('1'), hi: n('2') }, true], [{ lo: n('2'), hi: n('1') }, false], [{ lo: n('7'), hi: n('9') }, false]] },
];

/** check(…) that only looks like SQL, or means different things on different engines: refused on every engine, one line. */
export const REFUSED_CHECKS: [string, RegExp][] = [
  ['qty:integer:check(qty and)', /check\(qty and\) is not a complete expression at its end/],
  ['qty:integer:check(qty in ())', /check\(qty in \(\)\) is not a complete expression near '\)'/],
  ['qty:integer:check(0and qty > 1)', /'0and qt': a number runs into a word/],
  ["qty:integer:check(qty > 'x')", /compares a number with text/],
  ['qty:integer:check(qty = null)', /compares with NULL/],
  ['qty:integer:check(qty)', /is a int, not a condition|not a condition/],
  ['qty:integer:check(qty / 0 > 1)', /divides by zero/],
  ['qty:integer, other:integer:check(qty / other > 1)', /divides by a column/],
  ['price:decimal(10,2):check(price / 2 > 1)', /uses \/ on a decimal or float/],
  ["name:string:check(name ilike 'a%')", /uses ILIKE/],
  ["name:string:check(name = e'a')", /a word runs into a quote/],
  ['name:string:check(name like name)', /pattern that is not one 'text'/],
  ["at:datetime:check(at > '2024-01-01 00:00:00')", /compares a datetime with text/],
  ['qty:integer:check(qty > 1e400)', /'1e400': a number runs into a word/],
  ['qty:integer:check(qty > 99999999999999999999)', /beyond a 64-bit integer/],
  ["d:date:check(d > '2024-02-30x')", /is not a date every engine reads/],
  ['qty:integer:check(unknown_col > 1)', /names 'unknown_col', which is neither a column/],
];

/** Refused on one engine only (it cannot say the language's meaning), in one line naming it. */
export const ENGINE_REFUSED: [DialectId, string, RegExp][] = [
  ['sqlite', 'code:string(10):check(code = upper(code))', /upper\(\), which on SQLite changes only A-Z/],
  ['sqlite', 'price:decimal(10,2):check(price * 2 > 1)', /computes with decimal values, which SQLite does in floating point/],
];

/** An OR chain past the expression depth SQLite takes (1,000): refused on every engine, so a design moves. */
export const DEEP_CHECK = `qty:integer:check(${Array.from({ length: 1200 }, (_, i) => `qty = ${i}`).join(' or ')})`;
